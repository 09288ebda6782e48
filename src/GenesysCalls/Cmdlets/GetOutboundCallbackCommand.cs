using System.Management.Automation;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsCommon.Get, "OutboundCallback")]
    [OutputType(typeof(OutboundCallbackStatus))]
    public sealed class GetOutboundCallbackCommand : OutboundCallCmdlet
    {
        internal override CommandOperation<CallInput> CreateOperation() => new CallbackStatusReader(Output, ResolveSession());
    }
}
