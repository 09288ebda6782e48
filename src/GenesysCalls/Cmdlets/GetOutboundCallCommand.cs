using System.Management.Automation;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsCommon.Get, "OutboundCall")]
    [OutputType(typeof(OutboundCallStatus))]
    public sealed class GetOutboundCallCommand : OutboundCallCmdlet
    {
        internal override CommandOperation<CallInput> CreateOperation() => new CallStatusReader(Output, ResolveSession());
    }
}
