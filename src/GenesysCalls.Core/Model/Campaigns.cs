using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace GenesysCalls.Core.Model
{
    // The subsets of #/definitions/Campaign and CampaignProgress this module reads. Updates send the whole object as read
    // (see CampaignStatusChange), so fields left out here are never lost.

    internal sealed class CampaignEntityListing
    {
        [JsonPropertyName("entities")] public List<Campaign>? Entities { get; set; }
        [JsonPropertyName("pageNumber")] public int PageNumber { get; set; }
        [JsonPropertyName("pageCount")] public int? PageCount { get; set; }
    }

    internal sealed class Campaign
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("version")] public int? Version { get; set; }
        [JsonPropertyName("contactList")] public DomainEntityRef? ContactList { get; set; }
        [JsonPropertyName("dialingMode")] public string? DialingMode { get; set; }

        /// <summary>on, stopping, off, complete, invalid, forced_off, forced_stopping.</summary>
        [JsonPropertyName("campaignStatus")] public string? CampaignStatus { get; set; }
    }

    internal sealed class CampaignProgress
    {
        [JsonPropertyName("numberOfContactsCalled")] public long? NumberOfContactsCalled { get; set; }
        [JsonPropertyName("totalNumberOfContacts")] public long? TotalNumberOfContacts { get; set; }
        [JsonPropertyName("percentage")] public long? Percentage { get; set; }
        [JsonPropertyName("numberOfContactsSkipped")] public Dictionary<string, int>? NumberOfContactsSkipped { get; set; }
    }
}
