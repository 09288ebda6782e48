using System.Management.Automation;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Cmdlets.Hosting;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsCommon.New, "OutboundCall", DefaultParameterSetName = PhoneSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(OutboundCall))]
    public sealed class NewOutboundCallCmdlet : GenesysCmdlet
    {
        private const string PhoneSet = "PhoneNumber";
        private const string UserSet = "CallUserId";
        private const string QueueSet = "CallQueueId";
        private const string ConferenceSet = "Participant";
        private const string ContactSet = "Contact";
        private const string RequestSet = "Request";
        private NewOutboundCallCommand? _command;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = PhoneSet)]
        [ValidateNotNullOrEmpty]
        public string PhoneNumber { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UserSet)]
        [ValidateNotNullOrEmpty]
        public string CallUserId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = QueueSet)]
        [ArgumentCompleter(typeof(QueueCompleter))]
        [ValidateNotNullOrEmpty]
        public string CallQueueId { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = QueueSet)]
        public int? Priority { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = QueueSet)]
        public string? LanguageId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = QueueSet)]
        [Alias("RoutingSkillsIds")]
        public string[]? SkillId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = QueueSet)]
        [Alias("RoutingSkillExpression")]
        public string? SkillExpression { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ConferenceSet)]
        [ValidateNotNullOrEmpty]
        public string[] Participant { get; set; } = new string[0];

        /// <summary>From the pipeline, or from a CSV column named Contact ('+15551234567', 'user:&lt;id&gt;', 'queue:&lt;id&gt;').</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ContactSet)]
        public CallContact? Contact { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = RequestSet)]
        public CreateCallRequest? Request { get; set; }

        /// <summary>The agent whose station places the call (POST /api/v2/conversations/calls/user/{userId}). Never the destination.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("UserId", "AgentId")]
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

        /// <summary>The whole pipeline object (a CSV row, an AgentPresence), kept so every output and error carries its row.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter SkipReadinessCheck { get; set; }

        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        [Parameter]
        public GenesysSession? Session { get; set; }

        protected override void BeginProcessing() => Run(() =>
        {
            var session = SessionResolver.Resolve(Session, SessionRegistry.Process, "NewOutboundCall");
            _command = new NewOutboundCallCommand(Output, session) { Force = Force, SkipReadinessCheck = SkipReadinessCheck, ThrottleLimit = ThrottleLimit };
        });

        protected override void ProcessRecord()
        {
            var row = new OutboundCallRow
            {
                Request = ParameterSetName == RequestSet ? Request : null,
                PhoneNumber = ParameterSetName == PhoneSet ? PhoneNumber : null,
                CallUserId = ParameterSetName == UserSet ? CallUserId : null,
                CallQueueId = ParameterSetName == QueueSet ? CallQueueId : null,
                Participants = ParameterSetName == ConferenceSet ? Participant : null,
                Contact = ParameterSetName == ContactSet ? Contact : null,
                Priority = Priority,
                LanguageId = LanguageId,
                SkillIds = SkillId,
                SkillExpression = SkillExpression,
                OnBehalfOf = OnBehalfOf,
                FromQueueId = FromQueueId,
                CallerId = CallerId,
                CallerIdName = CallerIdName,
                Attributes = PSObjectConverter.ToPlain(Attribute),
                Label = Label,
                ExternalContactId = ExternalContactId,
                UuiData = UuiData,
                Input = InputObject,
            };
            RunAsync(token => _command!.AddAsync(row, token));
        }

        protected override void EndProcessing() => RunAsync(token => _command!.CompleteAsync(token));
    }
}
