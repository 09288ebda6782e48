using System.Globalization;

namespace GenesysCalls.Emulator;

/// <summary>
/// A call at one moment in the definition's shapes: CallConversation (REST), Conversation with Participant.calls[] (REST),
/// and ConversationCallEventTopicCallConversation (the v2.users.{id}.conversations.calls event body).
/// </summary>
internal static class CallProjections
{
    public static Dictionary<string, object?> CallConversation(CallMoment call) => new()
    {
        ["id"] = call.Timeline.ConversationId,
        ["participants"] = call.Legs.Select(l => MediaParticipant(l, forEvent: false)).ToList(),
        ["otherMediaUris"] = Array.Empty<string>(),
        ["recordingState"] = "none",
        ["securePause"] = false,
        ["selfUri"] = "/api/v2/conversations/calls/" + call.Timeline.ConversationId,
    };

    public static Dictionary<string, object?> EventBody(CallMoment call) => new()
    {
        ["id"] = call.Timeline.ConversationId,
        ["participants"] = call.Legs.Select(l => MediaParticipant(l, forEvent: true)).ToList(),
        ["otherMediaUris"] = Array.Empty<string>(),
        ["recordingState"] = "none",
        ["securePause"] = false,
    };

    public static Dictionary<string, object?> Conversation(CallMoment call) => new()
    {
        ["id"] = call.Timeline.ConversationId,
        ["startTime"] = Time(call.Timeline.Start),
        ["endTime"] = call.Ended ? Time(call.Remote.EndTime) : null,
        ["participants"] = call.Legs.Select(Participant).ToList(),
        ["recordingState"] = "NONE",
        ["securePause"] = false,
        ["selfUri"] = "/api/v2/conversations/" + call.Timeline.ConversationId,
    };

    public static string? Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static Dictionary<string, object?> MediaParticipant(LegSnapshot leg, bool forEvent)
    {
        var body = new Dictionary<string, object?>
        {
            ["id"] = leg.Leg.ParticipantId,
            ["name"] = leg.Leg.User?.Name,
            ["address"] = leg.Leg.Address,
            ["startTime"] = Time(leg.StartTime),
            ["startAlertingTime"] = forEvent || !leg.Leg.Alerts ? null : Time(leg.StartTime),
            ["connectedTime"] = Time(leg.ConnectedTime),
            ["endTime"] = Time(leg.EndTime),
            ["purpose"] = leg.Leg.Purpose,
            ["state"] = leg.State,
            ["initialState"] = forEvent ? InitialState(leg) : null,
            ["direction"] = leg.Leg.Direction,
            ["disconnectType"] = leg.DisconnectType is { } type && !forEvent ? CallScenario.ForMediaParticipant(type) : leg.DisconnectType,
            ["held"] = false,
            ["wrapupRequired"] = false,
            // The event model's reference is {id, name}; the REST one adds selfUri.
            ["user"] = Reference(leg.Leg.User?.Id, leg.Leg.User?.Name, forEvent ? null : "/api/v2/users/"),
            ["queue"] = Reference(leg.Leg.Queue?.Id, leg.Leg.Queue?.Name, forEvent ? null : "/api/v2/routing/queues/"),
            ["attributes"] = leg.Leg.Attributes,
            ["errorInfo"] = ErrorInfo(leg),
            ["provider"] = "Edge",
            ["muted"] = false,
            ["confined"] = false,
            ["recording"] = false,
            ["recordingState"] = "none",
            ["ani"] = leg.Leg.Ani,
            ["dnis"] = leg.Leg.Dnis,
            ["securePause"] = false,
        };
        return body;
    }

    private static Dictionary<string, object?> Participant(LegSnapshot leg) => new Dictionary<string, object?>
    {
        ["id"] = leg.Leg.ParticipantId,
        ["startTime"] = Time(leg.StartTime),
        ["endTime"] = Time(leg.EndTime),
        ["connectedTime"] = Time(leg.ConnectedTime),
        ["name"] = leg.Leg.User?.Name,
        ["userUri"] = leg.Leg.User == null ? null : "/api/v2/users/" + leg.Leg.User.Id,
        ["userId"] = leg.Leg.User?.Id,
        ["queueId"] = leg.Leg.Queue?.Id,
        ["queueName"] = leg.Leg.Queue?.Name,
        ["purpose"] = leg.Leg.Purpose,
        ["address"] = leg.Leg.Address,
        ["ani"] = leg.Leg.Ani,
        ["dnis"] = leg.Leg.Dnis,
        ["wrapupRequired"] = false,
        ["attributes"] = leg.Leg.Attributes,
        ["calls"] = new[] { Call(leg) },
    };

    private static Dictionary<string, object?> Call(LegSnapshot leg) => new Dictionary<string, object?>
    {
        ["state"] = leg.State,
        ["initialState"] = InitialState(leg),
        ["id"] = leg.Leg.CallId,
        ["direction"] = leg.Leg.Direction,
        ["recording"] = false,
        ["recordingState"] = "none",
        ["muted"] = false,
        ["confined"] = false,
        ["held"] = false,
        ["securePause"] = false,
        ["errorInfo"] = ErrorInfo(leg),
        ["disconnectType"] = leg.DisconnectType,
        ["startAlertingTime"] = leg.Leg.Alerts ? Time(leg.StartTime) : null,
        ["connectedTime"] = Time(leg.ConnectedTime),
        ["disconnectedTime"] = Time(leg.EndTime),
        ["disconnectReasons"] = leg.Ended
            ? leg.Scenario.Causes.Select(Reason).ToList()
            : null,
        ["provider"] = "Edge",
        ["self"] = leg.Leg.Address == null ? null : new Dictionary<string, object?> { ["addressNormalized"] = leg.Leg.Address },
    };

    private static Dictionary<string, object?> Reason(CallCause cause) =>
        new() { ["type"] = cause.Type, ["code"] = cause.Code, ["phrase"] = cause.Phrase };

    private static string InitialState(LegSnapshot leg) => leg.Leg.Alerts ? "alerting" : "dialing";

    private static Dictionary<string, object?>? ErrorInfo(LegSnapshot leg)
    {
        if (!leg.HasError) return null;
        return new Dictionary<string, object?> { ["message"] = leg.Scenario.ErrorMessage, ["code"] = leg.Scenario.ErrorCode };
    }

    private static Dictionary<string, object?>? Reference(string? id, string? name, string? path) =>
        id == null ? null : new Dictionary<string, object?> { ["id"] = id, ["name"] = name, ["selfUri"] = path == null ? null : path + id };
}
