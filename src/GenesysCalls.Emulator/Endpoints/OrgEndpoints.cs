namespace GenesysCalls.Emulator;

internal static class OrgEndpoints
{
    private static readonly string[] RoutingScopes = { "routing", "routing:readonly" };

    public static void Map(WebApplication app, OrgState org)
    {
        app.MapGet("/api/v2/organizations/me", (HttpContext c) =>
            ApiAuthorization.Require(c, new[] { "organization", "organization:readonly" }) ?? Results.Json(new Dictionary<string, object?>
            {
                ["id"] = org.Id,
                ["name"] = org.Name,
                ["thirdPartyOrgName"] = org.Name.ToLowerInvariant().Replace(' ', '-'),
                ["defaultLanguage"] = "en-us",
                ["state"] = "active",
                ["version"] = 1,
                ["selfUri"] = "/api/v2/organizations/" + org.Id,
            }, EmulatorJson.Options));

        app.MapGet("/api/v2/tokens/me", (HttpContext c) =>
        {
            if (ApiAuthorization.Require(c, new[] { "user-basic-info" }) is { } denied) return denied;
            var token = c.Token();
            var orgRef = new Dictionary<string, object?> { ["id"] = org.Id, ["name"] = org.Name };
            return Results.Json(new Dictionary<string, object?>
            {
                ["organization"] = orgRef,
                ["homeOrganization"] = orgRef,
                ["authorizedScope"] = token.Client.Scopes.Count > 0 ? token.Client.Scopes.ToList() : new List<string> { "all" },
                ["dateTokenIdles"] = token.ExpiresAt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"),
                ["OAuthClient"] = new Dictionary<string, object?>
                {
                    ["id"] = token.Client.Id,
                    ["name"] = token.Client.Name,
                    ["authorizedGrantType"] = token.Client.GrantType,
                    ["state"] = "active",
                    ["organization"] = orgRef,
                },
            }, EmulatorJson.Options);
        });

        app.MapGet("/api/v2/routing/queues", (HttpContext c) =>
        {
            if (ApiAuthorization.Require(c, RoutingScopes, "routing:queue:view") is { } denied) return denied;
            var ids = Query.Multi(c, "id");
            if (ids.Any(id => !Guid.TryParse(id, out _))) return GenesysErrors.Create(c, 400, "invalid.id",
                "A non-UUID value was specified for an ID field.");
            var pageNumber = Query.Int(c, "pageNumber", 1);
            if (pageNumber < 1) return GenesysErrors.Create(c, 400, "invalid.page.number", "The page number is not valid.");
            var name = c.Request.Query["name"].ToString();
            IEnumerable<EmQueue> queues = org.Queues.OrderBy(q => q.Name, StringComparer.OrdinalIgnoreCase);
            if (ids.Count > 0) queues = queues.Where(q => ids.Contains(q.Id, StringComparer.OrdinalIgnoreCase));
            if (name.Length > 0) queues = queues.Where(q => NameMatches(q.Name, name));
            return Results.Json(Query.Page(queues.ToList(), Query.Int(c, "pageSize", 25), pageNumber, Projections.Queue, "/api/v2/routing/queues"),
                EmulatorJson.Options);
        });

        app.MapGet("/api/v2/routing/queues/{queueId}", (HttpContext c, string queueId) =>
        {
            if (ApiAuthorization.Require(c, RoutingScopes, "routing:queue:view") is { } denied) return denied;
            if (!Guid.TryParse(queueId, out _)) return GenesysErrors.Create(c, 400, "invalid.id", "A non-UUID value was specified for an ID field.");
            var queue = org.FindQueue(queueId);
            return queue == null ? GenesysErrors.NotFound(c, "resource.not.found", "The resource could not be found.")
                : Results.Json(Projections.Queue(queue), EmulatorJson.Options);
        });
    }

    /// <summary>"leading and trailing asterisks allowed".</summary>
    private static bool NameMatches(string name, string pattern)
    {
        var core = pattern.Trim('*');
        return (pattern.StartsWith('*'), pattern.EndsWith('*')) switch
        {
            (true, true) => name.Contains(core, StringComparison.OrdinalIgnoreCase),
            (true, false) => name.EndsWith(core, StringComparison.OrdinalIgnoreCase),
            (false, true) => name.StartsWith(core, StringComparison.OrdinalIgnoreCase),
            _ => string.Equals(name, core, StringComparison.OrdinalIgnoreCase),
        };
    }
}
