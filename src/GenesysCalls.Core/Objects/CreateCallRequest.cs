using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Text.Json;
using GenesysCalls.Core.Json;

namespace GenesysCalls
{
    /// <summary>The body of POST /api/v2/conversations/calls[/user/{userId}]: #/definitions/CreateCallRequest, field for field.</summary>
    public sealed class CreateCallRequest
    {
        [JsonPropertyName("phoneNumber")] public string? PhoneNumber { get; set; }
        [JsonPropertyName("callerId")] public string? CallerId { get; set; }
        [JsonPropertyName("callerIdName")] public string? CallerIdName { get; set; }
        [JsonPropertyName("callFromQueueId")] public string? CallFromQueueId { get; set; }
        [JsonPropertyName("callQueueId")] public string? CallQueueId { get; set; }
        [JsonPropertyName("callUserId")] public string? CallUserId { get; set; }
        [JsonPropertyName("priority")] public int? Priority { get; set; }
        [JsonPropertyName("attributes")] public Dictionary<string, string>? Attributes { get; set; }
        [JsonPropertyName("languageId")] public string? LanguageId { get; set; }
        [JsonPropertyName("routingSkillsIds")] public List<string>? RoutingSkillsIds { get; set; }
        [JsonPropertyName("routingSkillExpression")] public string? RoutingSkillExpression { get; set; }
        [JsonPropertyName("conversationIds")] public List<string>? ConversationIds { get; set; }
        [JsonPropertyName("participants")] public List<Destination>? Participants { get; set; }
        [JsonPropertyName("uuiData")] public string? UuiData { get; set; }
        [JsonPropertyName("externalContactId")] public string? ExternalContactId { get; set; }
        [JsonPropertyName("label")] public string? Label { get; set; }

        /// <summary>
        /// Properties the definition does not have, or that had the wrong JSON type, kept verbatim so that
        /// validating the request again finds the same problems instead of silently dropping them.
        /// </summary>
        [JsonExtensionData, JsonInclude] internal Dictionary<string, JsonElement>? UnrecognizedProperties { get; set; }

        /// <summary>A short human description of the single destination, for -WhatIf and output.</summary>
        public string DescribeDestination()
        {
            if (!string.IsNullOrEmpty(PhoneNumber)) return "phone " + PhoneNumber;
            if (!string.IsNullOrEmpty(CallUserId)) return "user " + CallUserId;
            if (!string.IsNullOrEmpty(CallQueueId)) return "queue " + CallQueueId;
            if (Participants is { Count: > 0 }) return "conference of " + Participants.Count + " participant(s)";
            if (ConversationIds is { Count: > 0 }) return "merge of " + ConversationIds.Count + " conversation(s)";
            return "(no destination)";
        }

        public string ToJson() => JsonSerializer.Serialize(this, GenesysJsonContext.Writer.CreateCallRequest);

        public override string ToString() => ToJson();
    }
}
