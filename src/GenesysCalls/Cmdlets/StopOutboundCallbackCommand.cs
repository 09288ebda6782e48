using System.Management.Automation;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsLifecycle.Stop, "OutboundCallback", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class StopOutboundCallbackCommand : OutboundCallCmdlet
    {
        private CallbackCanceller? _command;

        protected override void BeginProcessing() => Run(() =>
        {
            _command = new CallbackCanceller(Output, ResolveSession());
        });

        protected override void ProcessRecord()
        {
            foreach (var input in Inputs()) RunAsync(token => _command!.AddAsync(input, token));
        }

        protected override void EndProcessing() => RunAsync(token => _command!.CompleteAsync(token));
    }
}
