using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using GenesysCalls.Cmdlets.Binding;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Cmdlets.Hosting;
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

        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = DestinationSet)]
        public string? PhoneNumber { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = DestinationSet)]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? CallUserId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = DestinationSet)]
        [ArgumentCompleter(typeof(QueueCompleter))]
        public string? CallQueueId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = DestinationSet)]
        [BlankIsNull]
        public int? Priority { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = DestinationSet)]
        public string? LanguageId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = DestinationSet)]
        [Alias("RoutingSkillsIds")]
        [BlankIsNull]
        public string[]? SkillId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = DestinationSet)]
        [Alias("RoutingSkillExpression")]
        public string? SkillExpression { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ConferenceSet)]
        [ValidateNotNullOrEmpty]
        public string[] Participant { get; set; } = new string[0];

        /// <summary>From the pipeline, or from a CSV column named Contact ('+15551234567', 'user:&lt;id&gt;', 'queue:&lt;id&gt;').</summary>
        [Parameter(ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = DestinationSet)]
        [BlankIsNull]
        public CallContact? Contact { get; set; }

        /// <summary>A CreateCallRequest (Test-CallPayload's Request binds by name), or its JSON text (a Request column).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = DestinationSet)]
        [BlankIsNull]
        [RequestText]
        public CreateCallRequest? Request { get; set; }

        /// <summary>The agent whose station places the call (POST /api/v2/conversations/calls/user/{userId}). Never the destination.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("UserId", "AgentId")]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? OnBehalfOf { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("CallFromQueueId")]
        [ArgumentCompleter(typeof(QueueCompleter))]
        public string? FromQueueId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? CallerId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? CallerIdName { get; set; }

        /// <summary>A hashtable, or JSON object text (as in a CSV column named Attributes).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Attributes")]
        public object? Attribute { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Label { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? ExternalContactId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
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
            return CommandRun.Of(operation, () => ReadRows(Row));
        }

        private OutboundCallRow Row(PSObject? input, RowProblem? problem, string[]? unknownKeys) => new OutboundCallRow
        {
            Request = Request,
            PhoneNumber = PhoneNumber,
            CallUserId = CallUserId,
            CallQueueId = CallQueueId,
            Participants = ParameterSetName == ConferenceSet ? Participant : null,
            Contact = Contact,
            Priority = Priority,
            LanguageId = LanguageId,
            // A CSV cell holds one text: "id1,id2" names two skills (skill ids never contain commas).
            SkillIds = SkillId?.SelectMany(cell => cell.Split(',')).Select(id => id.Trim()).Where(id => id.Length > 0).ToArray(),
            SkillExpression = SkillExpression,
            OnBehalfOf = OnBehalfOf,
            FromQueueId = FromQueueId,
            CallerId = CallerId,
            CallerIdName = CallerIdName,
            Attributes = PSObjectConverter.ToPlain(Attribute),
            Label = Label,
            ExternalContactId = ExternalContactId,
            UuiData = UuiData,
            Input = input,
            Problem = problem,
            UnknownKeys = unknownKeys,
            Presence = input?.BaseObject as AgentPresence,
            UnboundColumns = input != null ? UnboundColumns.Of(this, input) : null,
        };
    }
}
