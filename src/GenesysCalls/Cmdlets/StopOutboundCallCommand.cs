using System.Management.Automation;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsLifecycle.Stop, "OutboundCall", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class StopOutboundCallCommand : OutboundCallCmdlet
    {
        internal override CommandOperation<CallInput> CreateOperation() => new CallDisconnector(Output, ResolveSession());
    }
}
