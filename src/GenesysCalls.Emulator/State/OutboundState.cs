namespace GenesysCalls.Emulator;

/// <summary>The org's outbound side: contact lists, campaigns, DNC lists, and a dialer that works through a running campaign's list.</summary>
internal sealed class OutboundState
{
    /// <summary>How long a campaign stays "stopping" after it is turned off (calls in progress finishing).</summary>
    public static readonly TimeSpan StoppingTime = TimeSpan.FromSeconds(2);

    private readonly List<EmContactList> _lists = new();
    private readonly List<EmCampaign> _campaigns = new();
    private readonly List<EmDncList> _dncLists = new();

    /// <summary>One lock for all outbound state: requests are small and the emulator favours being obviously right.</summary>
    public object Gate { get; } = new();

    /// <summary>Contacts the dialer processes per second while a campaign is on.</summary>
    public double DialRatePerSecond { get; set; } = OutboundDefaults.DialRatePerSecond;

    public IReadOnlyList<EmContactList> ContactLists => _lists;
    public IReadOnlyList<EmCampaign> Campaigns => _campaigns;
    public IReadOnlyList<EmDncList> DncLists => _dncLists;

    public void Add(EmContactList list) => _lists.Add(list);
    public void Add(EmCampaign campaign) => _campaigns.Add(campaign);
    public void Add(EmDncList list) => _dncLists.Add(list);

    public EmContactList? FindList(string id) => _lists.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.OrdinalIgnoreCase));
    public EmCampaign? FindCampaign(string id) => _campaigns.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));
    public EmDncList? FindDncList(string id) => _dncLists.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Brings a campaign up to now: dials what the rate allowed since the last look, finishes stopping, completes when the list runs
    /// out.</summary>
    public void Advance(EmCampaign campaign, DateTimeOffset now)
    {
        if (campaign.Status == "stopping" && now >= campaign.StoppingUntil) campaign.Status = "off";
        if (campaign.Status != "on")
        {
            campaign.LastAdvanced = now;
            return;
        }

        var list = FindList(campaign.ContactListId);
        campaign.DialCredit += Math.Max(0, (now - campaign.LastAdvanced).TotalSeconds) * DialRatePerSecond;
        campaign.LastAdvanced = now;
        while (list != null && campaign.DialCredit >= 1 && campaign.Processed < list.Contacts.Count)
        {
            Dial(campaign, list.Contacts[campaign.Processed]);
            campaign.Processed++;
            campaign.DialCredit -= 1;
        }

        if (list == null || campaign.Processed >= list.Contacts.Count)
        {
            campaign.DialCredit = 0;
            if (!campaign.AlwaysRunning) campaign.Status = "complete";
        }
    }

    /// <summary>Turning on starts the dialer's clock; turning off leaves the campaign stopping for a moment.</summary>
    public void SetStatus(EmCampaign campaign, string status, DateTimeOffset now)
    {
        if (status == "on" && campaign.Status != "on")
        {
            if (campaign.Status == "complete") ResetProgress(campaign);
            campaign.LastAdvanced = now;
            campaign.DialCredit = 0;
            campaign.Status = "on";
        }
        else if (status == "off" && campaign.Status == "on")
        {
            campaign.Status = "stopping";
            campaign.StoppingUntil = now + StoppingTime;
        }
    }

    public static void ResetProgress(EmCampaign campaign)
    {
        campaign.Processed = 0;
        campaign.Called = 0;
        campaign.Skipped.Clear();
    }

    private void Dial(EmCampaign campaign, EmContact contact)
    {
        var numbers = campaign.PhoneColumns.Select(p => contact.Data.GetValueOrDefault(p.ColumnName, "")).Where(n => n.Length > 0).ToList();
        string? reason = null;
        if (!contact.Callable) reason = "uncallable";
        else if (numbers.Count == 0) reason = "noPhoneNumber";
        else if (numbers.All(n => campaign.DncListIds.Select(FindDncList).Any(d => d != null && d.PhoneNumbers.ContainsKey(n)))) reason = "dnc";

        if (reason == null) campaign.Called++;
        else campaign.Skipped[reason] = campaign.Skipped.GetValueOrDefault(reason) + 1;
    }
}
