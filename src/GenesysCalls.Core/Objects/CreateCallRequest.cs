using System.Collections.Generic;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Validation;

namespace GenesysCalls
{
    /// <summary>The body of POST /api/v2/conversations/calls[/user/{userId}]: #/definitions/CreateCallRequest, field for field.</summary>
    public sealed class CreateCallRequest
    {
        public string? PhoneNumber { get; set; }
        public string? CallerId { get; set; }
        public string? CallerIdName { get; set; }
        public string? CallFromQueueId { get; set; }
        public string? CallQueueId { get; set; }
        public string? CallUserId { get; set; }
        public int? Priority { get; set; }
        public Dictionary<string, string>? Attributes { get; set; }
        public string? LanguageId { get; set; }
        public List<string>? RoutingSkillsIds { get; set; }
        public string? RoutingSkillExpression { get; set; }
        public List<string>? ConversationIds { get; set; }
        public List<Destination>? Participants { get; set; }
        public string? UuiData { get; set; }
        public string? ExternalContactId { get; set; }
        public string? Label { get; set; }

        /// <summary>
        /// The findings of the body this request was read from (Test-CallPayload, a JSON text) that no typed field can hold:
        /// unknown properties, values of the wrong type, a repeated name. New-OutboundCall refuses the request while it has an
        /// error, and holds it for a warning unless -Force, as it would the body itself.
        /// </summary>
        internal IReadOnlyList<Diagnostic> UntypedFindings { get; set; } = new Diagnostic[0];

        /// <summary>A short human description of the single destination, for -WhatIf and output.</summary>
        public string DescribeDestination()
        {
            if (!string.IsNullOrEmpty(PhoneNumber)) return DestinationText.Phone(PhoneNumber!);
            if (!string.IsNullOrEmpty(CallUserId)) return DestinationText.User(CallUserId!);
            if (!string.IsNullOrEmpty(CallQueueId)) return DestinationText.Queue(CallQueueId!);
            if (Participants is { Count: > 0 }) return "conference of " + Participants.Count + " participant(s)";
            if (ConversationIds is { Count: > 0 }) return "merge of " + ConversationIds.Count + " conversation(s)";
            return "(no destination)";
        }

        public string ToJson() => CallBodyWriter.Write(this);

        public override string ToString() => ToJson();
    }
}
