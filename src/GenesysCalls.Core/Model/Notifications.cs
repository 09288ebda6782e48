using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCalls.Core.Model
{
    /// <summary>#/definitions/Channel.</summary>
    internal sealed class Channel
    {
        [JsonPropertyName("connectUri")] public string? ConnectUri { get; set; }
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("expires")] public string? Expires { get; set; }
    }

    /// <summary>#/definitions/ChannelTopic: sent as {"id": topic}; answered with state Permitted or Rejected.</summary>
    internal sealed class ChannelTopic
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("state")] public string? State { get; set; }
        [JsonPropertyName("rejectionReason")] public string? RejectionReason { get; set; }
        [JsonPropertyName("missingPermissions")] public List<string>? MissingPermissions { get; set; }
    }

    /// <summary>#/definitions/ChannelTopicEntityListing.</summary>
    internal sealed class ChannelTopicEntityListing
    {
        [JsonPropertyName("entities")] public List<ChannelTopic>? Entities { get; set; }
    }

    /// <summary>Every WebSocket message: {topicName, version, eventBody, metadata}.</summary>
    internal sealed class NotificationMessage
    {
        [JsonPropertyName("topicName")] public string? TopicName { get; set; }
        [JsonPropertyName("version")] public string? Version { get; set; }
        [JsonPropertyName("eventBody")] public JsonElement EventBody { get; set; }
    }

    /// <summary>The client's health check on the socket; answered on channel.metadata with message "pong".</summary>
    internal sealed class SocketPing
    {
        [JsonPropertyName("message")] public string Message { get; set; } = "ping";
    }
}
