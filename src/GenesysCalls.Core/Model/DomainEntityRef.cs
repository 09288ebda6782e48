using System.Text.Json.Serialization;

namespace GenesysCalls.Core.Model
{
    /// <summary>#/definitions/DomainEntityRef: a reference to another entity by id (and name).</summary>
    internal sealed class DomainEntityRef
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
    }
}
