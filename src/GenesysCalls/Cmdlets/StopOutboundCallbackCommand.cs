using System.Management.Automation;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsLifecycle.Stop, "OutboundCallback", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class StopOutboundCallbackCommand : OutboundCallCmdlet
    {
        internal override CommandOperation<CallInput> CreateOperation() => new CallbackCanceller(Output, ResolveSession());
    }
}
