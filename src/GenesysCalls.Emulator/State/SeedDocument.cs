namespace GenesysCalls.Emulator;

/// <summary>The --seed file format (JSON, camelCase). Every part is optional; missing parts get defaults.</summary>
public sealed class SeedDocument
{
    public SeedOrganization? Organization { get; set; }
    public List<SeedQueue>? Queues { get; set; }
    public List<SeedUser>? Users { get; set; }
    public List<SeedClient>? Clients { get; set; }
    public List<SeedContactList>? ContactLists { get; set; }
    public List<SeedCampaign>? Campaigns { get; set; }
    public List<SeedDncList>? DncLists { get; set; }
}

public sealed class SeedOrganization
{
    public string? Id { get; set; }
    public string? Name { get; set; }
}

public sealed class SeedQueue
{
    public string? Id { get; set; }
    public string Name { get; set; } = "Queue";
    public string? CallingPartyNumber { get; set; }
}

public sealed class SeedUser
{
    public string? Id { get; set; }
    public string Name { get; set; } = "User";
    public string? Email { get; set; }
    /// <summary>active | inactive | deleted.</summary>
    public string State { get; set; } = "active";
    /// <summary>Available, OnQueue, Busy, Away, Offline, Idle, Meal, Training, Meeting, Break.</summary>
    public string Presence { get; set; } = "Available";
    /// <summary>OFF_QUEUE, IDLE, INTERACTING, NOT_RESPONDING, COMMUNICATING.</summary>
    public string RoutingStatus { get; set; } = "IDLE";
    /// <summary>Null: the user has no station.</summary>
    public string? StationName { get; set; }
    public List<string>? Permissions { get; set; }
}

public sealed class SeedClient
{
    public string Id { get; set; } = "";
    public string? Secret { get; set; }
    public string Name { get; set; } = "Client";
    /// <summary>CLIENT-CREDENTIALS or CODE.</summary>
    public string GrantType { get; set; } = "CLIENT-CREDENTIALS";
    public List<string>? Permissions { get; set; }
    /// <summary>Scopes a CODE client may use; empty means scope enforcement is off for it.</summary>
    public List<string>? Scopes { get; set; }
}
