using System.Text.Json;

namespace GenesysCalls.Emulator;

/// <summary>POST/PATCH /api/v2/conversations/callbacks, GET …/{id}, POST …/bulk/disconnect, and GET /emulator/callbacks.</summary>
internal static class CallbackEndpoints
{
    /// <summary>How many callbacks one bulk disconnect takes: no source states it; ours is 100.</summary>
    public const int MaxBulk = 100;

    private static readonly string[] Scopes = { "conversations" };
    private static readonly string[] ReadScopes = { "conversations", "conversations:readonly" };

    public static void Map(WebApplication app, OrgState org)
    {
        var book = new CallbackBook(org);
        app.Lifetime.ApplicationStopping.Register(book.Dispose);

        app.MapPost("/api/v2/conversations/callbacks", async (HttpContext c) =>
        {
            if (ApiAuthorization.Require(c, Scopes, "conversation:callback:create") is { } denied) return denied;
            var (document, error) = await JsonBody.ReadAsync(c);
            if (error != null) return error;
            using (document) return Create(c, org, book, document!.RootElement);
        });

        app.MapPatch("/api/v2/conversations/callbacks", async (HttpContext c) =>
        {
            if (ApiAuthorization.Require(c, Scopes, "conversation:callback:edit") is { } denied) return denied;
            var (document, error) = await JsonBody.ReadAsync(c);
            if (error != null) return error;
            using (document) return Patch(c, org, book, document!.RootElement);
        });

        app.MapGet("/api/v2/conversations/callbacks/{conversationId}", (HttpContext c, string conversationId) =>
        {
            if (ApiAuthorization.Require(c, ReadScopes) is { } denied) return denied;
            return book.Find(conversationId) is { } callback
                ? Results.Json(CallbackProjections.Conversation(callback, org, book, DateTimeOffset.UtcNow), EmulatorJson.Options)
                : GenesysErrors.NotFound(c, "conversation.error.conversation.not.found", "The conversation was not found.");
        });

        app.MapPost("/api/v2/conversations/callbacks/bulk/disconnect", async (HttpContext c) =>
        {
            if (ApiAuthorization.Require(c, Scopes, "conversation:communication:disconnect") is { } denied) return denied;
            var (document, error) = await JsonBody.ReadAsync(c);
            if (error != null) return error;
            using (document) return Disconnect(c, book, document!.RootElement);
        });

        app.MapGet("/emulator/callbacks", () => Results.Json(book.All.Select(cb =>
            CallbackProjections.Admin(cb, book, DateTimeOffset.UtcNow)).ToList(), EmulatorJson.Options));
    }

    private static IResult Create(HttpContext c, OrgState org, CallbackBook book, JsonElement body)
    {
        if (CallbackRules.CheckCreate(c, body, org) is { } invalid) return invalid;
        var routing = body.TryGetProperty("routingData", out var r) && r.ValueKind == JsonValueKind.Object ? r : default;
        var id = Guid.NewGuid().ToString("D");
        var callback = new EmCallback
        {
            Id = id,
            CustomerParticipantId = DeterministicIds.For("callback/customer/" + id),
            AcdParticipantId = DeterministicIds.For("callback/acd/" + id),
            AgentParticipantId = DeterministicIds.For("participant/agent/" + id),
            CreatedByClientId = c.Token().Client.Id,
            Numbers = CallbackRules.Strings(body, "callbackNumbers"),
            RequestJson = body.GetRawText(),
            CreatedAt = DateTimeOffset.UtcNow,
            QueueId = org.FindQueue(CallbackRules.Text(body, "queueId") ?? CallbackRules.Text(routing, "queueId")!)!.Id,
            ScheduledAt = CallbackRules.Time(body) ?? DateTimeOffset.UtcNow,
            UserName = CallbackRules.Text(body, "callbackUserName"),
            CallerId = CallbackRules.Text(body, "callerId"),
            CallerIdName = CallbackRules.Text(body, "callerIdName"),
            ScriptId = CallbackRules.Text(body, "scriptId"),
            CountryCode = CallbackRules.Text(body, "countryCode"),
            Data = body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                ? data.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!) : null,
            PreferredAgentIds = CallbackRules.Strings(routing, "preferredAgentIds"),
        };
        book.Add(callback);
        return Results.Json(CallbackProjections.Created(callback), EmulatorJson.Options);
    }

    private static IResult Patch(HttpContext c, OrgState org, CallbackBook book, JsonElement body)
    {
        if (CallbackRules.CheckPatch(c, body) is { } invalid) return invalid;
        var callback = book.Find(CallbackRules.Text(body, "conversationId")!);
        if (callback == null) return GenesysErrors.NotFound(c, "callback.error.callback.not.found", "The callback was not found.");
        var queueId = CallbackRules.Text(body, "queueId");
        if (queueId != null && org.FindQueue(queueId) == null) return GenesysErrors.Create(c, 400, "callback.error.queue.not.found",
            "queue not found");
        var agentId = CallbackRules.Text(body, "agentId")!;
        // Every user is a member of every queue here: an id that names no user is not a member.
        if (org.FindUser(agentId) == null) return GenesysErrors.Create(c, 400, "callback.error.agent.not.member.of.queue",
            "Agent is not a member of the queue");
        return book.Change(() =>
        {
            if (callback.Stage != EmCallbackStage.Waiting) return GenesysErrors.Create(c, 412, "callback.error.already.triggered",
                "Unable to update an already triggered callback.");
            if (queueId != null) callback.QueueId = org.FindQueue(queueId)!.Id;
            if (CallbackRules.Time(body) is { } at) callback.ScheduledAt = at;
            if (CallbackRules.Strings(body, "callbackNumbers") is { Count: > 0 } numbers) callback.Numbers = numbers;
            if (CallbackRules.Text(body, "countryCode") is { } country) callback.CountryCode = country;
            callback.PreferredAgentIds.Remove(agentId);
            callback.PreferredAgentIds.Insert(0, agentId);
            callback.Updates++;
            return Results.Json(CallbackProjections.Created(callback), EmulatorJson.Options);
        });
    }

    private static IResult Disconnect(HttpContext c, CallbackBook book, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object) return GenesysErrors.BadRequest(c,
            "The request could not be understood by the server due to malformed syntax.");
        foreach (var property in body.EnumerateObject())
        {
            if (property.Name != "callbackDisconnectIdentifiers") return GenesysErrors.InvalidProperty(c, property.Name,
                "BulkCallbackDisconnectRequest");
        }

        if (!body.TryGetProperty("callbackDisconnectIdentifiers", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return GenesysErrors.Create(c, 400, "constraint.validation", "callbackDisconnectIdentifiers may not be null");
        }

        if (list.GetArrayLength() > MaxBulk) return GenesysErrors.Create(c, 400, "callback.error.too.many.entities",
            "There were too many entities in the bulk disconnect request.");
        var now = DateTimeOffset.UtcNow;
        foreach (var item in list.EnumerateArray())
        {
            var conversationId = CallbackRules.Text(item, "conversationId");
            var callbackId = CallbackRules.Text(item, "callbackId");
            if (conversationId == null || callbackId == null) return GenesysErrors.Create(c, 400, "constraint.validation",
                "conversationId and callbackId may not be null");
            // Accepted and done later by the service: unknown ids and ended callbacks change nothing and are not reported.
            if (book.Find(conversationId) is not { } callback || !(string.Equals(callback.CustomerParticipantId, callbackId,
                StringComparison.OrdinalIgnoreCase) || string.Equals(callback.AcdParticipantId, callbackId, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            book.Change(() =>
            {
                if (callback.Stage is EmCallbackStage.Waiting or EmCallbackStage.Offered)
                {
                    callback.Stage = EmCallbackStage.Cancelled;
                    callback.CancelledAt = now;
                }

                return 0;
            });
        }

        return Results.StatusCode(202);
    }
}
