namespace GenesysCalls.Emulator;

// The outbound parts of the --seed file (see SeedDocument). Every part is optional.

public sealed class SeedContactList
{
    public string? Id { get; set; }
    public string Name { get; set; } = "Contact list";
    public List<string>? ColumnNames { get; set; }
    /// <summary>Phone columns: { "columnName": "Phone", "type": "cell" }.</summary>
    public List<SeedPhoneColumn>? PhoneColumns { get; set; }
    /// <summary>IN_PROGRESS or FAILED to play a file import that is running or has failed; null for none.</summary>
    public string? ImportState { get; set; }
}

public sealed class SeedPhoneColumn
{
    public string ColumnName { get; set; } = "Phone";
    public string Type { get; set; } = "cell";
}

public sealed class SeedCampaign
{
    public string? Id { get; set; }
    public string Name { get; set; } = "Campaign";
    /// <summary>The contact list's name or id; default the first list.</summary>
    public string? ContactList { get; set; }
    public string DialingMode { get; set; } = "progressive";
    /// <summary>on, off, complete, ...</summary>
    public string CampaignStatus { get; set; } = "off";
    public string CallerName { get; set; } = "Outbound";
    public string CallerAddress { get; set; } = "+15550100100";
    /// <summary>DNC list names or ids checked before dialing; default every DNC list.</summary>
    public List<string>? DncLists { get; set; }
    public bool AlwaysRunning { get; set; }
    /// <summary>False: starting is refused with site.has.no.active.edges.</summary>
    public bool SiteHasActiveEdges { get; set; } = true;
}

public sealed class SeedDncList
{
    public string? Id { get; set; }
    public string Name { get; set; } = "Do not call";
    /// <summary>Internal (accepts numbers through the API), rds, dnc.com, gryphon.</summary>
    public string DncSourceType { get; set; } = "Internal";
    public List<string>? PhoneNumbers { get; set; }
}
