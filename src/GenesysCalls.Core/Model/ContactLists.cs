using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace GenesysCalls.Core.Model
{
    // The subsets of #/definitions/ContactList and friends this module reads.

    internal sealed class ContactListEntityListing
    {
        [JsonPropertyName("entities")] public List<ContactList>? Entities { get; set; }
        [JsonPropertyName("pageSize")] public int PageSize { get; set; }
        [JsonPropertyName("pageNumber")] public int PageNumber { get; set; }
        [JsonPropertyName("pageCount")] public int? PageCount { get; set; }
    }

    internal sealed class ContactList
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("columnNames")] public List<string>? ColumnNames { get; set; }
        [JsonPropertyName("phoneColumns")] public List<ContactPhoneNumberColumn>? PhoneColumns { get; set; }
        [JsonPropertyName("importStatus")] public ImportStatus? ImportStatus { get; set; }
        [JsonPropertyName("size")] public long? Size { get; set; }
    }

    internal sealed class ContactPhoneNumberColumn
    {
        [JsonPropertyName("columnName")] public string? ColumnName { get; set; }
        [JsonPropertyName("type")] public string? Type { get; set; }
    }

    internal sealed class ImportStatus
    {
        /// <summary>IN_PROGRESS or FAILED.</summary>
        [JsonPropertyName("state")] public string? State { get; set; }
        [JsonPropertyName("percentComplete")] public int? PercentComplete { get; set; }
        [JsonPropertyName("failureReason")] public string? FailureReason { get; set; }
    }
}
