using System.Text.Json;

namespace GenesysCalls.Emulator;

internal static class CallEndpoints
{
    private static readonly string[] Scopes = { "conversations" };

    public static void Map(WebApplication app, OrgState org)
    {
        app.MapPost("/api/v2/conversations/calls", async (HttpContext c) =>
        {
            var token = c.Token();
            if (token.User == null) return GenesysErrors.NotAUser(c);
            if (ApiAuthorization.Require(c, Scopes, "conversation:conference:add") is { } denied) return denied;
            return await Create(c, org, () => token.User, "/api/v2/conversations/calls", onBehalf: false);
        });

        app.MapPost("/api/v2/conversations/calls/user/{userId}", async (HttpContext c, string userId) =>
        {
            if (ApiAuthorization.Require(c, Scopes, "conversation:agentlessCall:add", "conversation:call:add") is { } denied) return denied;
            return await Create(c, org, () => org.FindUser(userId), "/api/v2/conversations/calls/user/{userId}", onBehalf: true);
        });
    }

    /// <summary>The service reads and checks the body before it looks up the path's user: a bad body is a 400 even for an unknown user.</summary>
    private static async Task<IResult> Create(HttpContext c, OrgState org, Func<EmUser?> findCaller, string endpoint, bool onBehalf)
    {
        var (document, error) = await JsonBody.ReadAsync(c);
        if (error != null) return error;
        using (document)
        {
            var body = document!.RootElement;
            if (CallRequestRules.Check(c, body, org) is { } invalid) return invalid;
            var caller = findCaller();
            if (caller == null) return GenesysErrors.NotFound(c, "general.resource.not.found", "The resource could not be found.");
            if (caller.State != "active") return Failure(c, "conversation.error.outbound.call.cannot.be.placed");
            if (caller.Station == null) return Failure(c, "conversation.error.no.user.station");
            if (org.CallFailures.Take(caller.Id, onBehalf) is { } injected) return Failure(c, injected);

            var conversation = new EmConversation
            {
                Id = Guid.NewGuid().ToString("D"),
                Endpoint = endpoint,
                CallerUserId = caller.Id,
                CreatedByClientId = c.Token().Client.Id,
                Destination = CallRequestRules.Destination(body),
                RequestJson = body.GetRawText(),
                CreatedAt = DateTimeOffset.UtcNow,
            };
            org.AddConversation(conversation);
            org.Calls.Start(conversation, org);
            return Results.Json(new Dictionary<string, object?>
            {
                ["id"] = conversation.Id,
                ["selfUri"] = "/api/v2/conversations/calls/" + conversation.Id,
            }, EmulatorJson.Options);
        }
    }

    private static IResult Failure(HttpContext c, string code) =>
        GenesysErrors.Create(c, CallFailures.Known[code].Status, code, CallFailures.Known[code].Message);
}
