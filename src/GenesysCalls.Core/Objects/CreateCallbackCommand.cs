using System.Collections.Generic;
using GenesysCalls.Core.Validation;

namespace GenesysCalls
{
    /// <summary>The body of POST /api/v2/conversations/callbacks: #/definitions/CreateCallbackCommand, field for field.</summary>
    public sealed class CreateCallbackCommand
    {
        public List<string>? CallbackNumbers { get; set; }

        /// <summary>ISO 8601 text with its offset, as sent (New-OutboundCallback writes UTC, yyyy-MM-ddTHH:mm:ss.fffZ).</summary>
        public string? CallbackScheduledTime { get; set; }
        public string? CallbackUserName { get; set; }
        public string? CallerId { get; set; }
        public string? CallerIdName { get; set; }
        public string? CountryCode { get; set; }
        public string? CustomerFirstCallbackDeliveryMode { get; set; }
        public Dictionary<string, string>? Data { get; set; }
        public string? QueueId { get; set; }
        public CallbackRoutingData? RoutingData { get; set; }
        public string? ScriptId { get; set; }
        public bool? ValidateCallbackNumbers { get; set; }

        /// <summary>The queue the callback waits in: queueId, else routingData.queueId.</summary>
        public string? TargetQueueId => QueueId ?? RoutingData?.QueueId;

        /// <summary>The errors of the body this request was read from that no typed field can hold (Test-CallPayload -Kind Callback);
        /// New-OutboundCallback refuses the request while it has any.</summary>
        internal IReadOnlyList<Diagnostic> UntypedFindings { get; set; } = new Diagnostic[0];

        public string ToJson() => CallBodyWriter.Write(CallbackPayloadFields.Root, this);

        public override string ToString() => ToJson();
    }

    /// <summary>#/definitions/RoutingData: the queue and the agents to prefer.</summary>
    public sealed class CallbackRoutingData
    {
        public string? Label { get; set; }
        public string? LanguageId { get; set; }
        public List<string>? PreferredAgentIds { get; set; }
        public int? Priority { get; set; }
        public string? QueueId { get; set; }
        public List<string>? RoutingFlags { get; set; }

        /// <summary>scoredAgents as JSON text (ScoredAgent objects), kept as given.</summary>
        public string? ScoredAgents { get; set; }
        public string? SkillExpression { get; set; }
        public List<string>? SkillIds { get; set; }

        public override string ToString() => CallBodyWriter.Write(CallbackPayloadFields.Routing, this);
    }
}
