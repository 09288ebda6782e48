using System.Collections.Generic;
using System.Linq;

namespace GenesysCalls
{
    /// <summary>A dialer campaign; the progress counts are filled in by Get-OutboundCampaign -Progress.</summary>
    public sealed class OutboundCampaign
    {
        internal OutboundCampaign(string id, string name, string? status, string? dialingMode, string? contactListId, string? contactListName,
            int? version,
            CampaignCounts? counts = null)
        {
            Id = id;
            Name = name;
            Status = status;
            DialingMode = dialingMode;
            ContactListId = contactListId;
            ContactListName = contactListName;
            Version = version;
            ContactsCalled = counts?.Called;
            TotalContacts = counts?.Total;
            Percentage = counts?.Percentage;
            ContactsSkipped = counts?.Skipped is { } skipped ? new ReadableMap<int>(skipped.ToDictionary(p => p.Key, p => p.Value)) : null;
        }

        public string Id { get; }

        public string Name { get; }

        /// <summary>on, stopping, off, complete, invalid, forced_off or forced_stopping.</summary>
        public string? Status { get; }

        /// <summary>agentless, preview, power, predictive, progressive or external.</summary>
        public string? DialingMode { get; }

        public string? ContactListId { get; }

        public string? ContactListName { get; }

        /// <summary>The campaign's version; every update must name the current one.</summary>
        public int? Version { get; }

        /// <summary>With -Progress: contacts called so far.</summary>
        public long? ContactsCalled { get; }

        /// <summary>With -Progress: contacts in the campaign.</summary>
        public long? TotalContacts { get; }

        /// <summary>With -Progress: share of contacts processed, 0-100.</summary>
        public long? Percentage { get; }

        /// <summary>With -Progress: contacts skipped, by the service's reason.</summary>
        public ReadableMap<int>? ContactsSkipped { get; }

        public override string ToString() => Name;
    }

    /// <summary>The counts of a campaign's progress.</summary>
    internal sealed class CampaignCounts
    {
        public long? Called { get; set; }
        public long? Total { get; set; }
        public long? Percentage { get; set; }
        public IReadOnlyDictionary<string, int>? Skipped { get; set; }
    }
}
