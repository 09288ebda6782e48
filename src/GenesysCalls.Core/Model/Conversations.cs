using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace GenesysCalls.Core.Model
{
    // The subsets of #/definitions/Conversation, Participant, Call and DisconnectReason this module reads:
    // GET /api/v2/conversations/{id} is where a call's Q.850 and SIP reasons are.

    internal sealed class Conversation
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("startTime")] public string? StartTime { get; set; }
        [JsonPropertyName("endTime")] public string? EndTime { get; set; }
        [JsonPropertyName("participants")] public List<Participant>? Participants { get; set; }
    }

    internal sealed class Participant
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("startTime")] public string? StartTime { get; set; }
        [JsonPropertyName("endTime")] public string? EndTime { get; set; }
        [JsonPropertyName("connectedTime")] public string? ConnectedTime { get; set; }
        [JsonPropertyName("purpose")] public string? Purpose { get; set; }
        [JsonPropertyName("userId")] public string? UserId { get; set; }
        [JsonPropertyName("address")] public string? Address { get; set; }
        [JsonPropertyName("calls")] public List<Call>? Calls { get; set; }
    }

    internal sealed class Call
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("state")] public string? State { get; set; }
        [JsonPropertyName("direction")] public string? Direction { get; set; }
        [JsonPropertyName("disconnectType")] public string? DisconnectType { get; set; }
        [JsonPropertyName("connectedTime")] public string? ConnectedTime { get; set; }
        [JsonPropertyName("disconnectedTime")] public string? DisconnectedTime { get; set; }
        [JsonPropertyName("disconnectReasons")] public List<DisconnectReason>? DisconnectReasons { get; set; }
        [JsonPropertyName("errorInfo")] public ErrorInfo? ErrorInfo { get; set; }
    }

    /// <summary>#/definitions/DisconnectReason: type q850 or sip, and the protocol's code.</summary>
    internal sealed class DisconnectReason
    {
        [JsonPropertyName("type")] public string? Type { get; set; }
        [JsonPropertyName("code")] public int? Code { get; set; }
        [JsonPropertyName("phrase")] public string? Phrase { get; set; }
    }

    /// <summary>The PATCH /api/v2/conversations/calls/{id} body (a Conversation) that hangs the whole call up.</summary>
    internal sealed class ConversationHangUp
    {
        [JsonPropertyName("state")] public string State { get; set; } = "disconnected";

        // Conversation marks these required; sent only if the service insists (unconfirmed whether it does).
        [JsonPropertyName("startTime")] public string? StartTime { get; set; }
        [JsonPropertyName("participants")] public List<ParticipantRef>? Participants { get; set; }
    }

    internal sealed class ParticipantRef
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
    }
}
