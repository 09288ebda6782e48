namespace GenesysCalls.Emulator;

/// <summary>GET /api/v2/notifications/availabletopics: the one topic whose events the emulator sends.</summary>
internal static class TopicCatalogEndpoints
{
    private const string CallTopic = "v2.users.{id}.conversations.calls";

    /// <summary>The definition's expand values; each adds its field, described as the emulator behaves (no permission enforced).</summary>
    private static readonly Dictionary<string, object> Expansions = new()
    {
        ["description"] = "Call conversations the user takes part in",
        ["enforced"] = false,
        ["schema"] = new Dictionary<string, object>(),
        ["visibility"] = "Public",
        ["transports"] = new[] { "Websocket" },
        ["publicApiTemplateUriPaths"] = Array.Empty<string>(),
        ["requiresPermissions"] = Array.Empty<string>(),
        ["permissionDetails"] = Array.Empty<object>(),
        ["topicParameters"] = new[] { "id" },
    };

    public static void Map(WebApplication app)
    {
        app.MapGet("/api/v2/notifications/availabletopics", (HttpContext c) =>
        {
            if (ApiAuthorization.Require(c, new[] { "notifications" }) is { } denied) return denied;
            var expand = Query.Multi(c, "expand");
            if (expand.FirstOrDefault(e => !Expansions.ContainsKey(e)) is { } unknown) return GenesysErrors.Create(c, 400,
                "invalid.query.param.value", $"Value [{unknown}] is not valid for parameter [expand]. Allowable values are: "
                + string.Join(", ", Expansions.Keys));
            var topic = new Dictionary<string, object?> { ["id"] = CallTopic };
            foreach (var field in expand) topic[field] = Expansions[field];
            return Results.Json(new Dictionary<string, object?> { ["entities"] = new[] { topic } }, EmulatorJson.Options);
        });
    }
}
