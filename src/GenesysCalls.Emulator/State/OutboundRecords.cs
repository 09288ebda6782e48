namespace GenesysCalls.Emulator;

internal sealed class EmPhoneColumn
{
    public required string ColumnName { get; init; }
    public required string Type { get; init; }
}

internal sealed class EmContactList
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required List<string> ColumnNames { get; init; }
    public required List<EmPhoneColumn> PhoneColumns { get; init; }
    public int Version { get; set; } = 1;
    public DateTimeOffset DateCreated { get; init; }

    /// <summary>IN_PROGRESS or FAILED while an (emulated) file import runs or has failed; null when no import is going on.</summary>
    public string? ImportState { get; set; }

    /// <summary>Contacts in insertion order (the dialing order); updates keep their place.</summary>
    public List<EmContact> Contacts { get; } = new();
    public Dictionary<string, EmContact> ContactsById { get; } = new(StringComparer.Ordinal);

    /// <summary>How many POST .../contacts requests changed this list, for tests that count requests against effects.</summary>
    public int AddRequests { get; set; }
}

internal sealed class EmContact
{
    public required string Id { get; init; }
    public required string ContactListId { get; init; }
    public required Dictionary<string, string> Data { get; set; }
    public bool Callable { get; set; } = true;
    public DateTimeOffset DateCreated { get; init; }

    /// <summary>How many times a request wrote this contact (1 when it was only ever created).</summary>
    public int Writes { get; set; } = 1;
}

internal sealed class EmCampaign
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string ContactListId { get; init; }
    public string DialingMode { get; set; } = "progressive";
    public string Status { get; set; } = "off";
    public int Version { get; set; } = 1;
    public required string CallerName { get; set; }
    public required string CallerAddress { get; set; }
    public required List<EmPhoneColumn> PhoneColumns { get; init; }
    public List<string> DncListIds { get; init; } = new();
    public string? QueueId { get; init; }
    public string SiteId { get; init; } = DeterministicIds.For("site/emulated");
    public bool AlwaysRunning { get; set; }
    public DateTimeOffset DateCreated { get; init; }
    public DateTimeOffset DateModified { get; set; }

    /// <summary>Off: the next start is refused with site.has.no.active.edges (set through the admin API).</summary>
    public bool SiteHasActiveEdges { get; set; } = true;

    /// <summary>Contacts of the list handed to the dialer so far, in list order.</summary>
    public int Processed { get; set; }
    public int Called { get; set; }
    public Dictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);

    /// <summary>Dialing budget carried between reads: the dialer is advanced lazily from the clock.</summary>
    public double DialCredit { get; set; }
    public DateTimeOffset LastAdvanced { get; set; }
    public DateTimeOffset StoppingUntil { get; set; }
}

internal sealed class EmDncList
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>Internal lists take numbers through the API; other sources (rds, dnc.com, gryphon) do not.</summary>
    public string DncSourceType { get; init; } = "Internal";
    public Dictionary<string, DateTimeOffset?> PhoneNumbers { get; } = new(StringComparer.Ordinal);
}
