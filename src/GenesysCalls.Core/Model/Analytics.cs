using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace GenesysCalls.Core.Model
{
    /// <summary>AnalyticsConversationWithoutAttributesMultiGetResponse (GET /api/v2/analytics/conversations/details?id=…).</summary>
    internal sealed class AnalyticsConversationList
    {
        [JsonPropertyName("conversations")] public List<AnalyticsConversation>? Conversations { get; set; }
    }

    /// <summary>AnalyticsConversationWithoutAttributes: the fields the follower reads.</summary>
    internal sealed class AnalyticsConversation
    {
        [JsonPropertyName("conversationId")] public string? ConversationId { get; set; }
        [JsonPropertyName("conversationStart")] public string? ConversationStart { get; set; }
        [JsonPropertyName("conversationEnd")] public string? ConversationEnd { get; set; }
        [JsonPropertyName("participants")] public List<AnalyticsParticipant>? Participants { get; set; }
    }

    internal sealed class AnalyticsParticipant
    {
        [JsonPropertyName("participantId")] public string? ParticipantId { get; set; }
        [JsonPropertyName("purpose")] public string? Purpose { get; set; }
        [JsonPropertyName("userId")] public string? UserId { get; set; }
        [JsonPropertyName("sessions")] public List<AnalyticsSession>? Sessions { get; set; }
    }

    internal sealed class AnalyticsSession
    {
        [JsonPropertyName("mediaType")] public string? MediaType { get; set; }
        [JsonPropertyName("ani")] public string? Ani { get; set; }
        [JsonPropertyName("dnis")] public string? Dnis { get; set; }
        [JsonPropertyName("segments")] public List<AnalyticsSegment>? Segments { get; set; }
    }

    /// <summary>AnalyticsConversationSegment: disconnectType is camelCase here (call-lifecycle-facts.md section 8).</summary>
    internal sealed class AnalyticsSegment
    {
        [JsonPropertyName("segmentType")] public string? SegmentType { get; set; }
        [JsonPropertyName("segmentStart")] public string? SegmentStart { get; set; }
        [JsonPropertyName("segmentEnd")] public string? SegmentEnd { get; set; }
        [JsonPropertyName("disconnectType")] public string? DisconnectType { get; set; }
        [JsonPropertyName("errorCode")] public string? ErrorCode { get; set; }
        [JsonPropertyName("q850ResponseCodes")] public List<long>? Q850ResponseCodes { get; set; }
        [JsonPropertyName("sipResponseCodes")] public List<long>? SipResponseCodes { get; set; }
    }
}
