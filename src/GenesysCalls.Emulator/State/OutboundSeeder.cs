namespace GenesysCalls.Emulator;

/// <summary>The default org's outbound objects and the seed's, named in the README.</summary>
internal static class OutboundDefaults
{
    public const string ContactListName = "Spring renewals";
    public const string CampaignName = "Spring renewals";
    public const string DncListName = "Internal do-not-call";
    public const double DialRatePerSecond = 5;

    public static readonly string[] ClientPermissions =
    {
        "outbound:contactList:view", "outbound:contact:add", "outbound:campaign:view", "outbound:campaign:edit",
        "outbound:campaign:start", "outbound:campaign:stop", "outbound:dnc:add",
    };
}

internal static class OutboundSeeder
{
    public static void Seed(OutboundState state, SeedDocument seed, EmulatorOptions options, string? queueId)
    {
        state.DialRatePerSecond = options.DialRatePerSecond;
        var now = DateTimeOffset.UtcNow;
        foreach (var dnc in seed.DncLists ?? new List<SeedDncList> { new() { Name = OutboundDefaults.DncListName } })
        {
            var list = new EmDncList
            {
                Id = dnc.Id ?? DeterministicIds.For("dnclist/" + dnc.Name), Name = dnc.Name,
                DncSourceType = dnc.DncSourceType
            };
            foreach (var number in dnc.PhoneNumbers ?? new List<string>()) list.PhoneNumbers[number] = null;
            state.Add(list);
        }

        var lists = seed.ContactLists ?? new List<SeedContactList>
        {
            new()
            {
                Name = OutboundDefaults.ContactListName, ColumnNames = new() { "FirstName", "LastName", "Phone", "AccountId" },
                PhoneColumns = new() { new SeedPhoneColumn { ColumnName = "Phone", Type = "cell" } },
            },
        };
        foreach (var list in lists)
        {
            state.Add(new EmContactList
            {
                Id = list.Id ?? DeterministicIds.For("contactlist/" + list.Name),
                Name = list.Name,
                ColumnNames = list.ColumnNames ?? new List<string> { "Name", "Phone" },
                PhoneColumns = (list.PhoneColumns ?? new List<SeedPhoneColumn> { new() }).Select(p => new EmPhoneColumn
                {
                    ColumnName = p.ColumnName,
                    Type = p.Type
                }).ToList(),
                ImportState = list.ImportState,
                DateCreated = now,
            });
        }

        var campaigns = seed.Campaigns ?? (seed.ContactLists == null ? new List<SeedCampaign> { new() { Name = OutboundDefaults.CampaignName,
            CallerName = "Renewals team" } } : new());
        foreach (var campaign in campaigns)
        {
            var list = campaign.ContactList == null
                ? state.ContactLists.FirstOrDefault()
                : state.ContactLists.FirstOrDefault(l => l.Id == campaign.ContactList || string.Equals(l.Name, campaign.ContactList,
                    StringComparison.OrdinalIgnoreCase));
            if (list == null) throw new ArgumentException("The seed's campaign '" + campaign.Name + "' names no contact list of the seed.");
            var dnc = campaign.DncLists == null
                ? state.DncLists.Select(d => d.Id).ToList()
                : state.DncLists.Where(d => campaign.DncLists.Contains(d.Id) || campaign.DncLists.Contains(d.Name)).Select(d => d.Id).ToList();
            state.Add(new EmCampaign
            {
                Id = campaign.Id ?? DeterministicIds.For("campaign/" + campaign.Name),
                Name = campaign.Name,
                ContactListId = list.Id,
                DialingMode = campaign.DialingMode,
                Status = campaign.CampaignStatus,
                CallerName = campaign.CallerName,
                CallerAddress = campaign.CallerAddress,
                PhoneColumns = list.PhoneColumns.ToList(),
                DncListIds = dnc,
                QueueId = campaign.DialingMode == "agentless" ? null : queueId,
                AlwaysRunning = campaign.AlwaysRunning,
                SiteHasActiveEdges = campaign.SiteHasActiveEdges,
                DateCreated = now,
                DateModified = now,
                LastAdvanced = now,
            });
        }
    }
}
