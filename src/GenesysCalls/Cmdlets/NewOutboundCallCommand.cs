using System.Management.Automation;
using GenesysCalls.Cmdlets.Binding;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Rows;

namespace GenesysCalls.Cmdlets
{
    /// <remarks>
    /// The destination parameters share one parameter set and none is mandatory: PowerShell picks a set before it reads
    /// a piped row, so one set per destination failed every CSV row that did not match the default set. The core
    /// checks that each row names exactly one destination and says which columns conflict.
    /// </remarks>
    [Cmdlet(VerbsCommon.New, "OutboundCall", DefaultParameterSetName = DestinationSet, SupportsShouldProcess = true,
        ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(OutboundCall))]
    public sealed class NewOutboundCallCommand : RowInputCmdlet
    {
        private const string DestinationSet = "Destination";
        private const string ConferenceSet = "Participant";

        [Parameter(Position = 0, ParameterSetName = DestinationSet)]
        public string? PhoneNumber { get; set; }

        [Parameter(ParameterSetName = DestinationSet)]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? CallUserId { get; set; }

        [Parameter(ParameterSetName = DestinationSet)]
        [ArgumentCompleter(typeof(QueueCompleter))]
        public string? CallQueueId { get; set; }

        [Parameter(ParameterSetName = DestinationSet)]
        [BlankIsNull]
        public int? Priority { get; set; }

        [Parameter(ParameterSetName = DestinationSet)]
        public string? LanguageId { get; set; }

        [Parameter(ParameterSetName = DestinationSet)]
        [Alias("RoutingSkillsIds")]
        [BlankIsNull]
        public string[]? SkillId { get; set; }

        [Parameter(ParameterSetName = DestinationSet)]
        [Alias("RoutingSkillExpression")]
        public string? SkillExpression { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ConferenceSet)]
        [ValidateNotNullOrEmpty]
        public string[] Participant { get; set; } = new string[0];

        /// <summary>Piped text or a CallContact, or a CSV column named Contact ('+15551234567', 'user:&lt;id&gt;', 'queue:&lt;id&gt;').</summary>
        [Parameter(ParameterSetName = DestinationSet)]
        [BlankIsNull]
        public CallContact? Contact { get; set; }

        /// <summary>A CreateCallRequest (Test-CallPayload's Request binds by name), or its JSON text (a Request column).</summary>
        [Parameter(ParameterSetName = DestinationSet)]
        [BlankIsNull]
        [RequestText]
        public CreateCallRequest? Request { get; set; }

        /// <summary>The agent whose station places the call (POST /api/v2/conversations/calls/user/{userId}). Never the destination.</summary>
        [Parameter]
        [Alias("UserId", "AgentId")]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? OnBehalfOf { get; set; }

        [Parameter]
        [Alias("CallFromQueueId")]
        [ArgumentCompleter(typeof(QueueCompleter))]
        public string? FromQueueId { get; set; }

        [Parameter]
        public string? CallerId { get; set; }

        [Parameter]
        public string? CallerIdName { get; set; }

        /// <summary>A hashtable, or JSON object text (as in a CSV column named Attributes).</summary>
        [Parameter]
        [Alias("Attributes")]
        public object? Attribute { get; set; }

        [Parameter]
        public string? Label { get; set; }

        [Parameter]
        public string? ExternalContactId { get; set; }

        [Parameter]
        public string? UuiData { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter SkipReadinessCheck { get; set; }

        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        internal override CommandRun Begin()
        {
            var operation = new OutboundCallPlacer(Output, ResolveSession())
            {
                Force = Force, SkipReadinessCheck = SkipReadinessCheck,
                ThrottleLimit = ThrottleLimit, ExpectedTotal = ExpectedTotal
            };
            operation.Participants = ParameterSetName == ConferenceSet ? Participant : null;
            return Rows(operation, RowTables.NewOutboundCall, () => InputObject);
        }
    }
}
