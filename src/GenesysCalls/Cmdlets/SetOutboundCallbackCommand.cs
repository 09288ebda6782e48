using System.Management.Automation;
using GenesysCalls.Cmdlets.Binding;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Cmdlets.Hosting;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    /// <summary>PATCH /api/v2/conversations/callbacks: a waiting callback gets a new time, queue or numbers; agentId is required.</summary>
    [Cmdlet(VerbsCommon.Set, "OutboundCallback", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(OutboundCallbackStatus))]
    public sealed class SetOutboundCallbackCommand : OutboundCallCmdlet
    {
        /// <summary>The agent the callback is for (PatchCallbackRequest requires agentId); required, but never prompted for.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string AgentId { get; set; } = string.Empty;

        /// <summary>A [datetime], a [DateTimeOffset], or ISO 8601 text; sent as UTC.</summary>
        [Parameter]
        public object? ScheduledTime { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(QueueCompleter))]
        public string? QueueId { get; set; }

        [Parameter]
        [Alias("CallbackNumbers")]
        [BlankIsNull]
        public string[]? PhoneNumber { get; set; }

        [Parameter]
        public string? CountryCode { get; set; }

        /// <summary>Sends a -ScheduledTime that has already passed (the callback becomes due at once) instead of holding the change.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        internal override CommandOperation<CallInput> CreateOperation() => new CallbackRescheduler(Output, ResolveSession(), new CallbackChange
        {
            AgentId = AgentId, ScheduledTime = PSObjectConverter.ToPlain(ScheduledTime), QueueId = QueueId, PhoneNumber = PhoneNumber,
            CountryCode = CountryCode, Force = Force,
        });
    }
}
