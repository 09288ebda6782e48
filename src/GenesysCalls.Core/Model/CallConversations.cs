using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace GenesysCalls.Core.Model
{
    // The subsets of #/definitions/CallConversation and CallMediaParticipant this module reads. The notification event
    // body ConversationCallEventTopicCallConversation has the same field names, so it is read with these types too.

    internal sealed class CallConversation
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("participants")] public List<CallMediaParticipant>? Participants { get; set; }
    }

    internal sealed class CallMediaParticipant
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("address")] public string? Address { get; set; }
        [JsonPropertyName("startTime")] public string? StartTime { get; set; }
        [JsonPropertyName("connectedTime")] public string? ConnectedTime { get; set; }
        [JsonPropertyName("endTime")] public string? EndTime { get; set; }
        [JsonPropertyName("purpose")] public string? Purpose { get; set; }
        [JsonPropertyName("state")] public string? State { get; set; }
        [JsonPropertyName("direction")] public string? Direction { get; set; }
        [JsonPropertyName("disconnectType")] public string? DisconnectType { get; set; }
        [JsonPropertyName("user")] public DomainEntityRef? User { get; set; }
        [JsonPropertyName("errorInfo")] public ErrorInfo? ErrorInfo { get; set; }
    }

    /// <summary>#/definitions/ErrorInfo (the event's ErrorBody has the same two fields and more).</summary>
    internal sealed class ErrorInfo
    {
        [JsonPropertyName("message")] public string? Message { get; set; }
        [JsonPropertyName("code")] public string? Code { get; set; }
    }
}
