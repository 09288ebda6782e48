using System.Text.Json;

namespace GenesysCalls.Emulator;

/// <summary>Reading and hanging up calls: GET/PATCH /conversations/calls/{id}, the participant PATCH, GET /conversations/{id}, disconnect.</summary>
internal static class ConversationEndpoints
{
    private static readonly string[] ReadScopes = { "conversations", "conversations:readonly" };
    private static readonly string[] WriteScopes = { "conversations" };
    private static readonly HashSet<string> ConversationFields = new()
    {
        "id", "name", "externalTag", "startTime", "endTime", "address", "participants", "conversationIds", "maxParticipants",
        "recordingState", "state", "divisions", "recentTransfers", "securePause", "utilizationLabelId", "inactivityTimeout", "selfUri",
    };

    private static readonly HashSet<string> ParticipantRequestFields = new()
    {
        "wrapup", "state", "recording", "muted", "confined", "held", "wrapupSkipped", "resumeTime",
    };

    public static void Map(WebApplication app, OrgState org)
    {
        app.MapGet("/api/v2/conversations/calls/{conversationId}", (HttpContext c, string conversationId) =>
        {
            if (ApiAuthorization.Require(c, ReadScopes) is { } denied) return denied;
            return Find(org, conversationId) is { } call
                ? Results.Json(CallProjections.CallConversation(call.At(DateTimeOffset.UtcNow)), EmulatorJson.Options)
                : ConversationNotFound(c, "The conversation does not exist.");
        });

        app.MapGet("/api/v2/conversations/{conversationId}", (HttpContext c, string conversationId) =>
        {
            if (ApiAuthorization.Require(c, ReadScopes, "conversation:communication:view") is { } denied) return denied;
            return Find(org, conversationId) is { } call
                ? Results.Json(CallProjections.Conversation(call.At(DateTimeOffset.UtcNow)), EmulatorJson.Options)
                : GenesysErrors.NotFound(c);
        });

        app.MapPatch("/api/v2/conversations/calls/{conversationId}", (HttpContext c, string conversationId) =>
            PatchConversationAsync(c, org, conversationId));

        app.MapPatch("/api/v2/conversations/calls/{conversationId}/participants/{participantId}",
            (HttpContext c, string conversationId, string participantId) => PatchParticipantAsync(c, org, conversationId, participantId));

        app.MapPost("/api/v2/conversations/{conversationId}/disconnect", (HttpContext c, string conversationId) =>
        {
            if (ApiAuthorization.Require(c, WriteScopes, "conversation:communication:disconnect") is { } denied) return denied;
            if (Find(org, conversationId) is not { } call) return ConversationNotFound(c, "The conversation does not exist.");
            org.Calls.HangUp(call, callerSide: true);
            return Results.Json("Accepted", EmulatorJson.Options, statusCode: 202);
        });
    }

    private static async Task<IResult> PatchConversationAsync(HttpContext c, OrgState org, string conversationId)
    {
        if (ApiAuthorization.Require(c, WriteScopes, "conversation:communication:disconnect") is { } denied) return denied;
        if (org.Calls.HangUpRequiresUser && !c.Token().IsUser) return GenesysErrors.NotAUser(c);
        var (document, error) = await JsonBody.ReadAsync(c);
        if (error != null) return error;
        using (document)
        {
            var body = document!.RootElement;
            if (body.ValueKind != JsonValueKind.Object) return GenesysErrors.BadRequest(c,
                "The request could not be understood by the server due to malformed syntax.");
            foreach (var property in body.EnumerateObject())
            {
                if (!ConversationFields.Contains(property.Name)) return GenesysErrors.InvalidProperty(c, property.Name, "Conversation");
            }

            var state = body.TryGetProperty("state", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            if (state != null && state != "disconnected") return StateNotValid(c, state);
            if (Find(org, conversationId) is not { } call) return ConversationNotFound(c, "The conversation does not exist.");

            var wantsChange = state != null || body.TryGetProperty("recordingState", out _);
            if (wantsChange && call.At(DateTimeOffset.UtcNow).Ended && !org.Calls.EndedHangUpSucceeds)
            {
                return GenesysErrors.Create(c, 400, "conversation.error.call.disconnected", "Call is disconnected, cannot alter recordingState");
            }

            if (state == "disconnected") org.Calls.HangUp(call, callerSide: true);
            return Results.Json(CallProjections.Conversation(call.At(DateTimeOffset.UtcNow)), EmulatorJson.Options);
        }
    }

    private static async Task<IResult> PatchParticipantAsync(HttpContext c, OrgState org, string conversationId, string participantId)
    {
        var permissions = new[] { "conversation:participant:wrapup", "conversation:call:record", "conversation:communication:disconnect" };
        if (ApiAuthorization.Require(c, WriteScopes, permissions) is { } denied) return denied;
        if (org.Calls.HangUpRequiresUser && !c.Token().IsUser) return GenesysErrors.NotAUser(c);
        var (document, error) = await JsonBody.ReadAsync(c);
        if (error != null) return error;
        using (document)
        {
            var body = document!.RootElement;
            if (body.ValueKind != JsonValueKind.Object) return GenesysErrors.BadRequest(c,
                "The request could not be understood by the server due to malformed syntax.");
            foreach (var property in body.EnumerateObject())
            {
                if (!ParticipantRequestFields.Contains(property.Name)) return GenesysErrors.InvalidProperty(c, property.Name,
                    "MediaParticipantRequest");
            }

            if (Find(org, conversationId) is not { } call) return ConversationNotFound(c, "Conversation not found.");
            var callerSide = string.Equals(call.Caller.ParticipantId, participantId, StringComparison.OrdinalIgnoreCase);
            if (!callerSide && !string.Equals(call.Remote.ParticipantId, participantId, StringComparison.OrdinalIgnoreCase))
            {
                return GenesysErrors.NotFound(c, "conversation.error.not.conversation.participant", "User is not a participant in the conversation.");
            }

            var state = body.TryGetProperty("state", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            if (state is not (null or "disconnected" or "connected"))
            {
                return GenesysErrors.Create(c, 400, "conversation.participant.update.invalid",
                    "Failed to update all properties on conversation participant.");
            }

            var ended = call.At(DateTimeOffset.UtcNow).Ended;
            if (state == "disconnected" && ended && !org.Calls.EndedHangUpSucceeds)
            {
                return GenesysErrors.Create(c, 400, "conversation.error.call.disconnected", "The call is already disconnected.");
            }

            if (state == "disconnected" && !ended) org.Calls.HangUp(call, callerSide);
            return Results.StatusCode(202);
        }
    }

    private static CallTimeline? Find(OrgState org, string conversationId) => org.Calls.Find(conversationId);

    private static IResult ConversationNotFound(HttpContext c, string message) =>
        GenesysErrors.NotFound(c, "conversation.error.conversation.not.found", message);

    private static IResult StateNotValid(HttpContext c, string state) => GenesysErrors.Create(c, 400, "invalid.value",
        $"Value [{state}] is not valid for field type [state]. Allowable values are: disconnected");
}
