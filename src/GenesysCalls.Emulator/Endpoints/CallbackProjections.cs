namespace GenesysCalls.Emulator;

/// <summary>CreateCallbackResponse and CallbackConversation as the emulator fills them.</summary>
internal static class CallbackProjections
{
    public static Dictionary<string, object?> Created(EmCallback callback) => new()
    {
        ["conversation"] = new Dictionary<string, object?>
        {
            ["id"] = callback.Id, ["selfUri"] = "/api/v2/conversations/callbacks/" + callback.Id,
        },
        ["callbackIdentifiers"] = new[]
        {
            new Dictionary<string, object?> { ["id"] = callback.CustomerParticipantId, ["type"] = "EXTERNAL" },
            new Dictionary<string, object?> { ["id"] = callback.AcdParticipantId, ["type"] = "ACD" },
        },
    };

    /// <summary>
    /// The customer participant (purpose customer, the numbers and schedule), the queue's (acd) and, once offered, the agent's:
    /// alerting while offered, then the state of the agent's leg of the call.
    /// </summary>
    public static Dictionary<string, object?> Conversation(EmCallback callback, OrgState org, CallbackBook book, DateTimeOffset now)
    {
        var queue = Ref(callback.QueueId, "/api/v2/routing/queues/");
        var ended = book.IsEnded(callback, now);
        var call = org.Calls.Find(callback.Id)?.At(now);
        var endedAt = callback.CancelledAt ?? (ended ? call?.Caller.EndTime : null);
        var customer = new Dictionary<string, object?>
        {
            ["id"] = callback.CustomerParticipantId,
            ["purpose"] = "customer",
            ["direction"] = "outbound",
            ["state"] = ended ? "disconnected" : callback.Stage == EmCallbackStage.Dialled ? call?.Remote.State : "connected",
            ["startTime"] = Time(callback.CreatedAt),
            ["endTime"] = Time(endedAt),
            ["disconnectType"] = callback.Stage == EmCallbackStage.Cancelled ? "client" : ended ? Rest(call?.Remote.DisconnectType) : null,
            ["callbackNumbers"] = callback.Numbers,
            ["callbackUserName"] = callback.UserName,
            ["callbackScheduledTime"] = Time(callback.ScheduledAt),
            ["attributes"] = callback.Data,
            ["queue"] = queue,
            ["script"] = callback.ScriptId != null ? Ref(callback.ScriptId, "/api/v2/scripts/") : null,
            ["externalCampaign"] = false,
        };
        var acd = new Dictionary<string, object?>
        {
            ["id"] = callback.AcdParticipantId,
            ["purpose"] = "acd",
            ["state"] = callback.Stage is EmCallbackStage.Waiting or EmCallbackStage.Offered ? "connected" : "disconnected",
            ["startTime"] = Time(callback.CreatedAt),
            ["endTime"] = Time(callback.CancelledAt ?? callback.DialledAt),
            ["disconnectType"] = callback.Stage == EmCallbackStage.Cancelled ? "client" : callback.DialledAt != null ? "transfer" : null,
            ["queue"] = queue,
        };
        var participants = new List<Dictionary<string, object?>> { customer, acd };
        if (callback.AgentId != null)
        {
            var cancelledOffer = callback.Stage == EmCallbackStage.Cancelled;
            participants.Add(new Dictionary<string, object?>
            {
                ["id"] = callback.AgentParticipantId,
                ["purpose"] = "agent",
                ["direction"] = "outbound",
                ["state"] = cancelledOffer ? "disconnected" : callback.Stage == EmCallbackStage.Offered ? "alerting"
                    : call?.Caller.State ?? "connected",
                ["startAlertingTime"] = Time(callback.OfferedAt),
                ["connectedTime"] = Time(callback.DialledAt),
                ["endTime"] = Time(cancelledOffer ? callback.CancelledAt : ended ? call?.Caller.EndTime : null),
                ["disconnectType"] = cancelledOffer ? "peer" : ended ? Rest(call?.Caller.DisconnectType) : null,
                ["user"] = Ref(callback.AgentId, "/api/v2/users/"),
                ["queue"] = queue,
                ["callbackNumbers"] = callback.Numbers,
                ["callbackScheduledTime"] = Time(callback.ScheduledAt),
            });
        }

        return new Dictionary<string, object?>
        {
            ["id"] = callback.Id,
            ["participants"] = participants,
            ["selfUri"] = "/api/v2/conversations/callbacks/" + callback.Id,
        };
    }

    public static Dictionary<string, object?> Admin(EmCallback callback, CallbackBook book, DateTimeOffset now) => new()
    {
        ["id"] = callback.Id,
        ["queueId"] = callback.QueueId,
        ["numbers"] = callback.Numbers,
        ["scheduledTime"] = Time(callback.ScheduledAt),
        ["stage"] = book.IsEnded(callback, now) && callback.Stage == EmCallbackStage.Dialled ? "ended"
            : callback.Stage.ToString().ToLowerInvariant(),
        ["agentId"] = callback.AgentId,
        ["preferredAgentIds"] = callback.PreferredAgentIds,
        ["updates"] = callback.Updates,
        ["createdByClientId"] = callback.CreatedByClientId,
        ["request"] = System.Text.Json.JsonDocument.Parse(callback.RequestJson).RootElement.Clone(),
    };

    /// <summary>CallbackMediaParticipant spells the events' timeout as system.</summary>
    private static string? Rest(string? type) => type == "timeout" ? "system" : type;

    private static Dictionary<string, object?> Ref(string id, string path) => new() { ["id"] = id, ["selfUri"] = path + id };

    private static string? Time(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ",
        System.Globalization.CultureInfo.InvariantCulture);
}
