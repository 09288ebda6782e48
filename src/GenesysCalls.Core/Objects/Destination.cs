using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCalls
{
    /// <summary>#/definitions/Destination: one participant of an ad-hoc conference.</summary>
    public sealed class Destination
    {
        [JsonPropertyName("address")] public string? Address { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("userId")] public string? UserId { get; set; }
        [JsonPropertyName("queueId")] public string? QueueId { get; set; }

        [JsonExtensionData, JsonInclude] internal Dictionary<string, JsonElement>? UnrecognizedProperties { get; set; }

        public override string ToString() => Address ?? UserId ?? QueueId ?? Name ?? string.Empty;
    }
}
