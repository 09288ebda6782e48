using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using GenesysCalls.Cmdlets.Hosting;
using GenesysCalls.Core.Commands;

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

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = JsonSet)]
        [AllowEmptyString]
        public string Json { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PathSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = new string[0];

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = LiteralPathSet)]
        [Alias("PSPath", "LP", "FullName")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = new string[0];

        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ObjectSet)]
        [AllowNull]
        public object? InputObject { get; set; }

        [Parameter]
        public SwitchParameter Quiet { get; set; }

        /// <summary>Call checks a CreateCallRequest (POST /api/v2/conversations/calls); Callback a CreateCallbackCommand.</summary>
        [Parameter]
        public CallPayloadKind Kind { get; set; } = CallPayloadKind.Call;

        internal override CommandRun Begin() => CommandRun.Of(new CallPayloadChecker(Output) { Quiet = Quiet, Kind = Kind }, Inputs);

        private IEnumerable<PayloadInput> Inputs()
        {
            switch (ParameterSetName)
            {
                case JsonSet:
                    return new[] { MyInvocation.ExpectingInput ? PayloadInput.PipedJson(Json) : PayloadInput.Json(Json) };
                case PathSet:
                    return Path.Select(path => PayloadInput.Path(path, Resolve(path)));
                case LiteralPathSet:
                    return LiteralPath.Select(path => PayloadInput.Path(path, new[] { SessionState.Path.GetUnresolvedProviderPathFromPSPath(path) }));
                default:
                    var plain = PSObjectConverter.ToPlain(InputObject);
                    return new[]
                    {
                        InputObject is PSObject { BaseObject: PSCustomObject } && plain is System.Collections.IDictionary row
                            ? PayloadInput.Row(row) : PayloadInput.Object(plain),
                    };
            }
        }

        private IReadOnlyList<string> Resolve(string path)
        {
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
