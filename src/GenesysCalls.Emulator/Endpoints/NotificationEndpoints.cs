using System.Text.Json;

namespace GenesysCalls.Emulator;

/// <summary>/api/v2/notifications/channels[/{id}[/subscriptions]] and the channel's WebSocket at /channels/{id}.</summary>
internal static class NotificationEndpoints
{
    private static readonly string[] Scopes = { "notifications" };

    public static void Map(WebApplication app, NotificationHub hub)
    {
        app.MapPost("/api/v2/notifications/channels", (HttpContext c) =>
        {
            if (ApiAuthorization.Require(c, Scopes) is { } denied) return denied;
            var socketBase = (c.Request.IsHttps ? "wss://" : "ws://") + c.Request.Host;
            return Results.Json(Channel(hub.Create(c.Token(), socketBase)), EmulatorJson.Options);
        });

        app.MapGet("/api/v2/notifications/channels", (HttpContext c) =>
        {
            if (ApiAuthorization.Require(c, Scopes) is { } denied) return denied;
            var include = c.Request.Query["includechannels"].ToString();
            if (include.Length == 0) include = "token";
            if (include is not ("token" or "oauthclient"))
            {
                return GenesysErrors.Create(c, 400, "invalid.query.param.value",
                    $"Value [{include}] is not valid for parameter [includechannels]. Allowable values are: token, oauthclient");
            }

            var token = c.Token();
            var entities = hub.Owned(token)
                .Where(ch => include == "oauthclient" || ch.TokenValue == token.Value)
                .Select(ch => ch.TokenValue == token.Value ? Channel(ch) : Existence(ch))
                .ToList();
            return Results.Json(new Dictionary<string, object?> { ["entities"] = entities }, EmulatorJson.Options);
        });

        app.MapMethods("/api/v2/notifications/channels/{channelId}", new[] { "HEAD" }, (HttpContext c, string channelId) =>
        {
            if (ApiAuthorization.Require(c, Scopes) is { } denied) return denied;
            return Results.StatusCode(hub.Find(channelId, c.Token()) != null ? 200 : 404);
        });

        const string subscriptions = "/api/v2/notifications/channels/{channelId}/subscriptions";
        app.MapGet(subscriptions, (HttpContext c, string channelId) =>
        {
            if (ApiAuthorization.Require(c, Scopes) is { } denied) return denied;
            if (hub.Find(channelId, c.Token()) is not { } channel) return GenesysErrors.NotFound(c);
            return Listing(hub.Topics(channel), Array.Empty<TopicCatalog.Rejection>());
        });
        app.MapPost(subscriptions, (HttpContext c, string channelId) => SubscribeAsync(c, hub, channelId, replace: false));
        app.MapPut(subscriptions, (HttpContext c, string channelId) => SubscribeAsync(c, hub, channelId, replace: true));
        app.MapDelete(subscriptions, (HttpContext c, string channelId) =>
        {
            if (ApiAuthorization.Require(c, Scopes) is { } denied) return denied;
            if (hub.Find(channelId, c.Token()) is not { } channel) return GenesysErrors.NotFound(c);
            hub.Unsubscribe(channel);
            return Results.Ok();
        });

        app.Map("/channels/{channelId}", async (HttpContext c, string channelId) =>
        {
            if (!c.WebSockets.IsWebSocketRequest) return Results.BadRequest(new { message = "This address takes WebSocket connections only." });
            if (hub.FindForSocket(channelId) is not { } channel) return Results.NotFound(new { message = "No channel " + channelId });
            using var webSocket = await c.WebSockets.AcceptWebSocketAsync();
            await hub.ServeAsync(channel, webSocket);
            return Results.Empty;
        });
    }

    private static async Task<IResult> SubscribeAsync(HttpContext c, NotificationHub hub, string channelId, bool replace)
    {
        if (ApiAuthorization.Require(c, Scopes) is { } denied) return denied;
        var token = c.Token();
        var (document, error) = await JsonBody.ReadAsync(c);
        if (error != null) return error;
        using (document)
        {
            var (topics, invalid) = TopicCatalog.Read(c, document!.RootElement);
            if (invalid != null) return invalid;
            if (hub.Find(channelId, token) is not { } channel)
            {
                return replace ? GenesysErrors.NotFound(c, "entity.not.found", "Subscription list not found.") : GenesysErrors.NotFound(c);
            }

            var ignoreErrors = string.Equals(c.Request.Query["ignoreErrors"], "true", StringComparison.OrdinalIgnoreCase);
            var faults = hub.Faults;
            var rejections = topics!.Select(t => TopicCatalog.Judge(t, token, faults)).OfType<TopicCatalog.Rejection>().ToList();
            if (rejections.Count > 0 && !ignoreErrors) return GenesysErrors.Create(c, 403, "notification.unauthorized.topic",
                "Not authorized for this topic.");

            var permitted = topics!.Where(t => rejections.All(r => r.Topic != t)).ToList();
            var current = hub.Subscribe(channel, permitted, replace);
            if (current == null)
            {
                // The definition words the message with a full stop for PUT and without one for POST.
                var message = replace ? "Too many subscriptions." : "Too many subscriptions";
                return GenesysErrors.Create(c, 400, "notification.subscription.too.many.subscriptions", message);
            }

            return Listing(current, rejections);
        }
    }

    private static IResult Listing(IEnumerable<string> topics, IEnumerable<TopicCatalog.Rejection> rejections)
    {
        var entities = topics.Select(TopicCatalog.Permitted).Concat(rejections.Select(TopicCatalog.Rejected)).ToList();
        return Results.Json(new Dictionary<string, object?> { ["entities"] = entities }, EmulatorJson.Options);
    }

    /// <summary>Another token's channel: shown to exist, without its id.</summary>
    private static Dictionary<string, object?> Existence(NotificationChannel channel) =>
        new() { ["expires"] = CallProjections.Time(channel.Expires) };

    private static Dictionary<string, object?> Channel(NotificationChannel channel) => new()
    {
        ["connectUri"] = channel.ConnectUri,
        ["id"] = channel.Id,
        ["expires"] = CallProjections.Time(channel.Expires),
    };
}
