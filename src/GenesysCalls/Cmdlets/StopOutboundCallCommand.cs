using System.Management.Automation;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsLifecycle.Stop, "OutboundCall", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class StopOutboundCallCommand : OutboundCallCmdlet
    {
        private CallDisconnector? _command;

        protected override void BeginProcessing() => Run(() =>
        {
            _command = new CallDisconnector(Output, ResolveSession());
        });

        protected override void ProcessRecord()
        {
            foreach (var input in Inputs()) RunAsync(token => _command!.AddAsync(input, token));
        }
    }
}
