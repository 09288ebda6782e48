namespace GenesysCalls.Emulator;

/// <summary>The JSON shapes of the API definition (User, UserPresence, RoutingStatus, UserStations, Queue). Calls are in CallProjections.</summary>
internal static class Projections
{
    public static Dictionary<string, object?> User(EmUser user, ISet<string> expand)
    {
        var body = new Dictionary<string, object?>
        {
            ["id"] = user.Id,
            ["name"] = user.Name,
            ["email"] = user.Email,
            ["username"] = user.Email,
            ["state"] = user.State,
            ["version"] = 1,
            ["selfUri"] = "/api/v2/users/" + user.Id,
        };
        if (expand.Contains("presence")) body["presence"] = Presence(user);
        if (expand.Contains("routingStatus")) body["routingStatus"] = RoutingStatus(user.Id, user.RoutingStatus);
        if (expand.Contains("station")) body["station"] = Stations(user);
        return body;
    }

    public static Dictionary<string, object?> Presence(EmUser user) => new()
    {
        ["source"] = "PURECLOUD",
        ["sourceId"] = "PURECLOUD",
        ["primary"] = true,
        ["presenceDefinition"] = PresenceDefinition(user.Presence),
        ["modifiedDate"] = "2026-01-01T00:00:00.000Z",
    };

    public static Dictionary<string, object?> BulkPresence(EmUser user) => new()
    {
        ["userId"] = user.Id,
        ["source"] = "PURECLOUD",
        ["sourceId"] = "PURECLOUD",
        ["presenceDefinition"] = PresenceDefinition(user.Presence),
        ["modifiedDate"] = "2026-01-01T00:00:00.000Z",
    };

    public static Dictionary<string, object?> RoutingStatus(string userId, string status) => new()
    {
        ["userId"] = userId,
        ["status"] = status,
        ["startTime"] = "2026-01-01T00:00:00.000Z",
    };

    public static Dictionary<string, object?> Stations(EmUser user)
    {
        if (user.Station == null) return new Dictionary<string, object?>();
        var station = new Dictionary<string, object?>
        {
            ["id"] = user.Station.Id,
            ["name"] = user.Station.Name,
            ["type"] = "inin_webrtc_softphone",
            ["webRtcCallAppearances"] = 2,
        };
        return new Dictionary<string, object?>
        {
            ["associatedStation"] = station,
            ["effectiveStation"] = station,
            ["defaultStation"] = station,
            ["lastAssociatedStation"] = station,
        };
    }

    public static Dictionary<string, object?> Queue(EmQueue queue) => new()
    {
        ["id"] = queue.Id,
        ["name"] = queue.Name,
        ["callingPartyNumber"] = queue.CallingPartyNumber,
        ["selfUri"] = "/api/v2/routing/queues/" + queue.Id,
    };

    private static Dictionary<string, object?> PresenceDefinition(string systemPresence) => new()
    {
        ["id"] = PresenceEndpoints.DefinitionId(systemPresence),
        ["systemPresence"] = systemPresence,
        ["selfUri"] = "/api/v2/presencedefinitions/" + PresenceEndpoints.DefinitionId(systemPresence),
    };
}
