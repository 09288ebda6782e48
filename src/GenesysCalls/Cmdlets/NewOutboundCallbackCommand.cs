using System.Management.Automation;
using GenesysCalls.Cmdlets.Binding;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Rows;

namespace GenesysCalls.Cmdlets
{
    /// <summary>POST /api/v2/conversations/callbacks: the queue calls the customer back when an agent is free (or at the time asked).</summary>
    [Cmdlet(VerbsCommon.New, "OutboundCallback", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(OutboundCallback))]
    public sealed class NewOutboundCallbackCommand : RowInputCmdlet
    {

        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("CallbackNumbers")]
        [BlankIsNull]
        public string[]? PhoneNumber { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(QueueCompleter))]
        public string? QueueId { get; set; }

        /// <summary>A [datetime], a [DateTimeOffset], or ISO 8601 text (a CSV cell); sent as UTC.</summary>
        [Parameter]
        [Alias("CallbackScheduledTime")]
        public object? ScheduledTime { get; set; }

        [Parameter]
        [Alias("CallbackUserName")]
        public string? Name { get; set; }

        /// <summary>A hashtable, or JSON object text (as in a CSV column named Data); values are sent as text.</summary>
        [Parameter]
        public object? Data { get; set; }

        [Parameter]
        public string? CallerId { get; set; }

        [Parameter]
        public string? CallerIdName { get; set; }

        [Parameter]
        public string? ScriptId { get; set; }

        [Parameter]
        [Alias("PreferredAgentIds")]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        [BlankIsNull]
        public string[]? PreferredAgentId { get; set; }

        [Parameter]
        public string? CountryCode { get; set; }

        /// <summary>A whole body, such as Test-CallPayload -Kind Callback's Callback; the parameters override its fields.</summary>
        [Parameter]
        [Alias("Request")]
        public CreateCallbackCommand? Callback { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        internal override CommandRun Begin()
        {
            var operation = new OutboundCallbackCreator(Output, ResolveSession())
            {
                Force = Force, ThrottleLimit = ThrottleLimit, ExpectedTotal = ExpectedTotal,
            };
            return Rows(operation, RowTables.NewOutboundCallback, () => InputObject);
        }
    }
}
