using System.Management.Automation;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsCommon.Get, "OutboundCall")]
    [OutputType(typeof(OutboundCallStatus))]
    public sealed class GetOutboundCallCommand : OutboundCallCmdlet
    {
        private CallStatusReader? _command;

        protected override void BeginProcessing() => Run(() =>
        {
            _command = new CallStatusReader(Output, ResolveSession());
        });

        protected override void ProcessRecord()
        {
            foreach (var input in Inputs()) RunAsync(token => _command!.AddAsync(input, token));
        }
    }
}
