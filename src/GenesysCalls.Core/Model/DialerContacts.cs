using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace GenesysCalls.Core.Model
{
    /// <summary>#/definitions/WritableDialerContact, the fields this module sends.</summary>
    internal sealed class WritableDialerContact
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("contactListId")] public string ContactListId { get; set; } = string.Empty;

        /// <summary>Column name to value; every value a string, as the API requires.</summary>
        [JsonPropertyName("data")] public Dictionary<string, string> Data { get; set; } = new Dictionary<string, string>();
    }

    /// <summary>#/definitions/DialerContact, the fields this module reads.</summary>
    internal sealed class DialerContact
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("contactListId")] public string? ContactListId { get; set; }
        [JsonPropertyName("data")] public Dictionary<string, string>? Data { get; set; }
        [JsonPropertyName("callable")] public bool? Callable { get; set; }
    }
}
