namespace GenesysCalls.Emulator;

/// <summary>
/// The analytics store's view of calls: GET /api/v2/analytics/conversations/details?id=… (many) and
/// GET /api/v2/analytics/conversations/{id}/details (one), as AnalyticsConversationWithoutAttributes. A separate store: a call
/// shows up only <see cref="AnalyticsStore.LagSeconds"/> (divided by the call speed) after it ended; before that it is missing.
/// </summary>
internal static class AnalyticsEndpoints
{
    private static readonly string[] Scopes = { "analytics", "analytics:readonly" };
    private static readonly string[] Permissions = { "analytics:conversationDetail:view", "analytics:agentConversationDetail:view" };

    public static void Map(WebApplication app, OrgState org, AnalyticsStore store)
    {
        app.MapGet("/api/v2/analytics/conversations/details", (HttpContext c) =>
        {
            if (ApiAuthorization.Require(c, Scopes, Permissions) is { } denied) return denied;
            // collectionFormat multi (id=a&id=b); the description also says comma-separated, so both are read.
            var ids = c.Request.Query["id"].SelectMany(v => (v ?? string.Empty).Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (ids.Count > store.MaxIds)
            {
                return GenesysErrors.Create(c, 400, "response.entity.too.large",
                    "The response is over the size limit. Reduce pageSize or expand list to reduce response size if applicable");
            }

            var now = DateTimeOffset.UtcNow;
            var found = ids.Select(id => store.Visible(org, id, now)).Where(call => call != null).Select(call => Conversation(call!)).ToList();
            return Results.Json(new Dictionary<string, object?> { ["conversations"] = found }, EmulatorJson.Options);
        });

        app.MapGet("/api/v2/analytics/conversations/{conversationId}/details", (HttpContext c, string conversationId) =>
        {
            if (ApiAuthorization.Require(c, Scopes, Permissions) is { } denied) return denied;
            return store.Visible(org, conversationId, DateTimeOffset.UtcNow) is { } call
                ? Results.Json(Conversation(call), EmulatorJson.Options)
                : GenesysErrors.NotFound(c);
        });
    }

    private static Dictionary<string, object?> Conversation(CallMoment call) => new()
    {
        ["conversationId"] = call.Timeline.ConversationId,
        ["conversationStart"] = CallProjections.Time(call.Timeline.Start),
        ["conversationEnd"] = CallProjections.Time(call.Remote.EndTime),
        ["originatingDirection"] = "outbound",
        ["participants"] = call.Legs.Select(Participant).ToList(),
    };

    private static Dictionary<string, object?> Participant(LegSnapshot leg) => new()
    {
        ["participantId"] = leg.Leg.ParticipantId,
        ["participantName"] = leg.Leg.User?.Name,
        ["purpose"] = leg.Leg.Purpose,
        ["userId"] = leg.Leg.User?.Id,
        ["sessions"] = new[]
        {
            new Dictionary<string, object?>
            {
                ["sessionId"] = leg.Leg.CallId,
                ["mediaType"] = "voice",
                ["direction"] = leg.Leg.Direction,
                ["ani"] = leg.Leg.Ani,
                ["dnis"] = leg.Leg.Dnis,
                ["segments"] = Segments(leg),
            },
        },
    };

    /// <summary>Ringing (alert for a user, dialing for a number), then interact once connected; the last carries the reasons.</summary>
    private static List<Dictionary<string, object?>> Segments(LegSnapshot leg)
    {
        var segments = new List<Dictionary<string, object?>>();
        var ringEnd = leg.ConnectedTime ?? leg.EndTime;
        segments.Add(Segment(leg.Leg.Alerts ? "alert" : "dialing", leg.StartTime, ringEnd));
        if (leg.ConnectedTime != null) segments.Add(Segment("interact", leg.ConnectedTime.Value, leg.EndTime));
        var last = segments[^1];
        last["disconnectType"] = ForAnalytics(leg.DisconnectType);
        last["q850ResponseCodes"] = leg.Scenario.Causes.Where(c => c.Type == "q850").Select(c => (long)c.Code).ToList();
        last["sipResponseCodes"] = leg.Scenario.Causes.Where(c => c.Type == "sip").Select(c => (long)c.Code).ToList();
        if (leg.HasError) last["errorCode"] = leg.Scenario.ErrorCode;
        return segments;
    }

    private static Dictionary<string, object?> Segment(string type, DateTimeOffset start, DateTimeOffset? end) => new()
    {
        ["segmentType"] = type,
        ["segmentStart"] = CallProjections.Time(start),
        ["segmentEnd"] = CallProjections.Time(end),
    };

    /// <summary>Analytics spells disconnect types in camelCase, transfer kind first (call-lifecycle-facts.md section 8).</summary>
    internal static string? ForAnalytics(string? disconnectType) => disconnectType switch
    {
        null => null,
        "endpoint.donotdisturb" or "endpoint.dnd" => "dndEndpoint",
        "transfer.donotdisturb" or "transfer.dnd" => "dndTransfer",
        "transport.failure" => "transportFailure",
        "session.expired" => "sessionExpired",
        _ when disconnectType.StartsWith("transfer.", StringComparison.Ordinal) =>
            (disconnectType.Substring("transfer.".Length) switch { "noanswer" => "noAnswer", "notavailable" => "notAvailable", var k => k })
                + "Transfer",
        _ => disconnectType,
    };
}

/// <summary>How the emulated analytics store lags behind the conversation service.</summary>
internal sealed class AnalyticsStore
{
    public AnalyticsStore(double lagSeconds, double callSpeed)
    {
        LagSeconds = lagSeconds;
        CallSpeed = callSpeed > 0 ? callSpeed : 1;
    }

    /// <summary>Seconds (at call speed 1) between a call's end and its record; negative: records never appear.</summary>
    public double LagSeconds { get; set; }

    public double CallSpeed { get; }

    /// <summary>Ids one request may carry (the real limit is not published; 100 is the facts' safe start).</summary>
    public int MaxIds { get; set; } = 100;

    /// <summary>The call as the store shows it at <paramref name="now"/>, or null while it is not there (not ended, or lagging).</summary>
    public CallMoment? Visible(OrgState org, string conversationId, DateTimeOffset now)
    {
        if (LagSeconds < 0 || org.Calls.Find(conversationId) is not { } timeline) return null;
        var call = timeline.At(now);
        if (!call.Ended || now < call.Remote.EndTime!.Value.AddSeconds(LagSeconds / CallSpeed)) return null;
        return call;
    }
}
