using System.Collections.Generic;
using System.Management.Automation;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Rows;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsDiagnostic.Test, "CallPayload", DefaultParameterSetName = JsonSet)]
    [OutputType(typeof(CallPayloadReport), typeof(bool))]
    public sealed class TestCallPayloadCommand : GenesysCmdlet
    {
        private const string JsonSet = "Json";
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";
        private const string ObjectSet = "InputObject";

        [Parameter(Position = 0, ParameterSetName = JsonSet)]
        [AllowEmptyString]
        public string Json { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = PathSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = new string[0];

        [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet)]
        [Alias("PSPath", "LP", "FullName")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = new string[0];

        [Parameter(ValueFromPipeline = true, ParameterSetName = ObjectSet)]
        [AllowNull]
        public object? InputObject { get; set; }

        [Parameter]
        public SwitchParameter Quiet { get; set; }

        /// <summary>Call checks a CreateCallRequest (POST /api/v2/conversations/calls); Callback a CreateCallbackCommand.</summary>
        [Parameter]
        public CallPayloadKind Kind { get; set; } = CallPayloadKind.Call;

        internal override CommandRun Begin() => Rows(new CallPayloadChecker(Output) { Quiet = Quiet, Kind = Kind, ResolvePath = Resolve },
            RowTables.TestCallPayload, () => new[] { InputObject });

        private IReadOnlyList<string> Resolve(string path, bool literal)
        {
            if (literal) return new[] { SessionState.Path.GetUnresolvedProviderPathFromPSPath(path) };
            try
            {
                return SessionState.Path.GetResolvedProviderPathFromPSPath(path, out _);
            }
            catch (ItemNotFoundException)
            {
                return new string[0];
            }
        }
    }
}
