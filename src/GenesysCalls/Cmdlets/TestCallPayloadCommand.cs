using System.Collections.Generic;
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
        private CallPayloadChecker? _command;

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

        protected override void BeginProcessing() => _command = new CallPayloadChecker(Output) { Quiet = Quiet, Kind = Kind };

        protected override void ProcessRecord() => Run(() =>
        {
            switch (ParameterSetName)
            {
                case JsonSet:
                    if (MyInvocation.ExpectingInput) _command!.ProcessPipedJson(Json);
                    else _command!.ProcessJson(Json);
                    break;
                case PathSet:
                    foreach (var path in Path)
                    {
                        _command!.ProcessPath(path, Resolve(path));
                    }

                    break;
                case LiteralPathSet:
                    foreach (var path in LiteralPath)
                    {
                        _command!.ProcessPath(path, new[] { SessionState.Path.GetUnresolvedProviderPathFromPSPath(path) });
                    }

                    break;
                default:
                    var plain = PSObjectConverter.ToPlain(InputObject);
                    if (InputObject is PSObject { BaseObject: PSCustomObject }
                        && plain is System.Collections.IDictionary row) _command!.ProcessRow(row);
                    else _command!.ProcessObject(plain);
                    break;
            }
        });

        protected override void EndProcessing() => Run(() => _command!.Complete());

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
