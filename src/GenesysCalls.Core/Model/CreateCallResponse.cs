using System.Text.Json.Serialization;

namespace GenesysCalls.Core.Model
{
    /// <summary>#/definitions/CreateCallResponse.</summary>
    internal sealed class CreateCallResponse
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("selfUri")] public string? SelfUri { get; set; }
    }
}
