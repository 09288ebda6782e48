using System.Management.Automation;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsLifecycle.Wait, "OutboundCall")]
    [OutputType(typeof(OutboundCallStatus), typeof(OutboundCallbackStatus))]
    public sealed class WaitOutboundCallCommand : OutboundCallCmdlet
    {
        [Parameter]
        public OutboundCallCondition Until { get; set; } = OutboundCallCondition.Ended;

        /// <summary>Per call, from when Wait-OutboundCall receives it. Without it, waits as long as it takes.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int TimeoutSec { get; set; }

        internal override CommandOperation<CallInput> CreateOperation() =>
            new CallWaiter(Output, ResolveSession(), Until, TimeoutSec > 0 ? TimeoutSec : (int?)null);
    }
}
