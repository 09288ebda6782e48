using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using GenesysCalls.Cmdlets.Binding;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Cmdlets.Hosting;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;

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
    public sealed class NewOutboundCallCommand : ConnectedCmdlet
    {
        private const string DestinationSet = "Destination";
        private const string ConferenceSet = "Participant";
        private OutboundCallPlacer? _command;

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

        /// <summary>
        /// Rows (CSV lines, hashtables, AgentPresence objects), each carried into its output or error. Piped, PowerShell binds each
        /// row's properties; given as an array they are bound here the same way, and the total is known for the progress bar.
        /// </summary>
        [Parameter(ValueFromPipeline = true)]
        public PSObject[] InputObject { get; set; } = new PSObject[0];

        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter SkipReadinessCheck { get; set; }

        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        protected override void BeginProcessing() => Run(() =>
        {
            var session = ResolveSession();
            _command = new OutboundCallPlacer(Output, session) { Force = Force, SkipReadinessCheck = SkipReadinessCheck,
                ThrottleLimit = ThrottleLimit,
                ExpectedTotal = MyInvocation.ExpectingInput || InputObject == null || InputObject.Length == 0 ? (int?)null : InputObject.Length };
        });

        protected override void ProcessRecord()
        {
            if (!MyInvocation.ExpectingInput && MyInvocation.BoundParameters.ContainsKey(nameof(InputObject)))
            {
                // An array given to -InputObject: each element is bound here as PowerShell binds a piped row; none (an empty CSV) is nothing.
                foreach (var input in InputObject ?? new PSObject[0])
                {
                    if (input == null) Add(null);
                    else if (input.BaseObject is IDictionary entries) AddBound(input, entries, warnUnknown: true);
                    else AddBound(input, PipelineProperties.Of(input), warnUnknown: false);
                }

                return;
            }

            var piped = InputObject?.FirstOrDefault();
            if (piped?.BaseObject is IDictionary hashtable) AddBound(piped, hashtable, warnUnknown: true);
            else if (piped != null && SkippedPropertyCheck.Find(this, piped) is { } skipped) Reject(piped, skipped);
            else Add(piped);
        }

        private void AddBound(PSObject input, IDictionary row, bool warnUnknown)
        {
            Action<string>? unknownKey = warnUnknown ? key => Run(() => _command!.WarnUnknownKey(key)) : null;
            try
            {
                using (DictionaryRowBinder.Bind(this, row, unknownKey: unknownKey)) Add(input);
            }
            catch (PSArgumentException ex)
            {
                Reject(input, ex);
            }
        }

        private void Reject(PSObject input, PSArgumentException problem) =>
            RunAsync(token => _command!.RejectAsync(input, problem.ParamName, problem.Message, token));

        protected override void EndProcessing() => RunAsync(token => _command!.CompleteAsync(token));

        internal override IReadOnlyList<UnreportedResult> TakeUnreported() =>
            _command?.TakeUnreported() ?? (IReadOnlyList<UnreportedResult>)new UnreportedResult[0];

        private void Add(PSObject? input)
        {
            var row = new OutboundCallRow
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
                UnboundColumns = input != null ? UnboundColumns.Of(this, input) : null,
            };
            RunAsync(token => _command!.AddAsync(row, token));
        }
    }
}
