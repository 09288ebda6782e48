using System.Text.Json;

namespace GenesysCalls.Emulator;

/// <summary>Turns a created conversation into its timeline: who the legs are and which scenario plays.</summary>
internal static class TimelineBuilder
{
    public static CallTimeline Plan(EmConversation conversation, OrgState org, double speed)
    {
        using var document = JsonDocument.Parse(conversation.RequestJson);
        var body = document.RootElement;
        string? Text(string name) => body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var v)
            && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        var caller = org.FindUser(conversation.CallerUserId);
        var fromQueue = Text("callFromQueueId") is { } fromQueueId ? org.FindQueue(fromQueueId) : null;
        var callerLeg = new CallLeg
        {
            ParticipantId = DeterministicIds.For("participant/agent/" + conversation.Id),
            CallId = DeterministicIds.For("call/agent/" + conversation.Id),
            Purpose = fromQueue != null ? "agent" : "user",
            Direction = "outbound",
            User = caller,
            Queue = fromQueue,
            Alerts = true,
        };

        var (remoteLeg, scenario) = Remote(conversation, org, caller, fromQueue, Text, body);
        return new CallTimeline(conversation.Id, conversation.CreatedAt, speed, callerLeg, remoteLeg, scenario);
    }

    private static (CallLeg Leg, CallScenario Scenario) Remote(
        EmConversation conversation, OrgState org, EmUser? caller, EmQueue? fromQueue, Func<string, string?> text, JsonElement body)
    {
        var participantId = DeterministicIds.For("participant/customer/" + conversation.Id);
        var callId = DeterministicIds.For("call/customer/" + conversation.Id);
        if (text("callUserId") is { } userId && org.FindUser(userId) is { } callee)
        {
            var leg = new CallLeg
            {
                ParticipantId = participantId, CallId = callId, Purpose = "user", Direction = "inbound", User = callee, Alerts = true,
            };
            return (leg, CallScenario.RemoteHangsUp);
        }

        if (text("callQueueId") is { } queueId && org.FindQueue(queueId) is { } queue)
        {
            var member = ReadyMember(org, caller, conversation.Id);
            var leg = new CallLeg
            {
                ParticipantId = participantId, CallId = callId, Purpose = member != null ? "agent" : "acd", Direction = "inbound",
                User = member, Queue = queue, Alerts = true,
            };
            return (leg, member != null ? CallScenario.RemoteHangsUp : CallScenario.NoAnswer);
        }

        var address = conversation.Destination;
        var external = new CallLeg
        {
            ParticipantId = participantId,
            CallId = callId,
            Purpose = fromQueue != null ? "customer" : "external",
            Direction = "outbound",
            Address = address,
            Dnis = address,
            Ani = text("callerId") ?? fromQueue?.CallingPartyNumber,
            Attributes = Attributes(body),
        };
        return (external, CallScenario.ForNumber(conversation.Destination));
    }

    /// <summary>Queue membership is not modelled: any other active user on queue and idle, with a station, answers.</summary>
    private static EmUser? ReadyMember(OrgState org, EmUser? caller, string conversationId)
    {
        var ready = org.Users.Where(u => u.State == "active" && u.Presence == "OnQueue" && u.RoutingStatus == "IDLE"
            && u.Station != null && u.Id != caller?.Id).ToList();
        if (ready.Count == 0) return null;
        var pick = (int)(conversationId.Aggregate(17u, (hash, ch) => hash * 31 + ch) % (uint)ready.Count);
        return ready[pick];
    }

    private static IReadOnlyDictionary<string, string>? Attributes(JsonElement body)
    {
        if (!body.TryGetProperty("attributes", out var attributes) || attributes.ValueKind != JsonValueKind.Object) return null;
        return attributes.EnumerateObject().Where(a => a.Value.ValueKind == JsonValueKind.String)
            .ToDictionary(a => a.Name, a => a.Value.GetString()!);
    }
}
