namespace GenesysCalls.Emulator;

internal sealed class EmUser
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public string State { get; set; } = "active";
    public string Presence { get; set; } = "Available";
    public string RoutingStatus { get; set; } = "IDLE";
    public EmStation? Station { get; set; }
    public required HashSet<string> Permissions { get; init; }
}

internal sealed class EmStation
{
    public required string Id { get; init; }
    public required string Name { get; init; }
}

internal sealed class EmQueue
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? CallingPartyNumber { get; init; }
}

internal sealed class EmClient
{
    public required string Id { get; init; }
    public string? Secret { get; init; }
    public required string Name { get; init; }
    public required string GrantType { get; init; }
    public required HashSet<string> Permissions { get; init; }
    public required HashSet<string> Scopes { get; init; }
}

internal sealed class EmToken
{
    public required string Value { get; init; }
    public required EmClient Client { get; init; }
    public EmUser? User { get; init; }
    public DateTimeOffset ExpiresAt { get; set; }
    public bool IsUser => User != null;
}

internal sealed class EmAuthorizationCode
{
    public required string Code { get; init; }
    public required EmClient Client { get; init; }
    public required EmUser User { get; init; }
    public required string RedirectUri { get; init; }
    public string? CodeChallenge { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
}

internal sealed class EmConversation
{
    public required string Id { get; init; }
    public required string Endpoint { get; init; }
    public required string CallerUserId { get; init; }
    public required string CreatedByClientId { get; init; }
    public required string Destination { get; init; }
    public required string RequestJson { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
