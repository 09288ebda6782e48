using System.Text.Json;

namespace GenesysCalls.Emulator;

internal static class UserEndpoints
{
    private static readonly string[] UserScopes = { "users", "users:readonly" };
    private static readonly string[] PresenceScopes = { "presence", "presence:readonly" };
    private const int MaxSearchValues = 100;

    public static void Map(WebApplication app, OrgState org)
    {
        app.MapGet("/api/v2/users", (HttpContext c) =>
        {
            if (ApiAuthorization.Require(c, UserScopes) is { } denied) return denied;
            var ids = Query.Multi(c, "id");
            var expand = Query.Expand(c);
            var pageSize = Query.Int(c, "pageSize", 25);
            var pageNumber = Query.Int(c, "pageNumber", 1);
            if (pageSize < 1 || pageSize > 500 || pageNumber < 1) return GenesysErrors.Create(c, 400, "invalid.query.param.value", "Value ["
                + pageSize + "] is not valid for parameter [pageSize].");
            if (ids.Count > 100) return GenesysErrors.Create(c, 400, "max.user.ids", "Only 100 users can be requested at a time.");
            var state = c.Request.Query["state"].ToString() is { Length: > 0 } s ? s : "active";
            bool InState(EmUser u) => state == "any" || string.Equals(u.State, state, StringComparison.OrdinalIgnoreCase);
            if (ids.Count == 0)
            {
                var listed = org.Users.Where(InState).ToList();
                return Results.Json(Query.Page(listed, pageSize, pageNumber, u => Projections.User(u, expand), "/api/v2/users"),
                    EmulatorJson.Options);
            }

            var found = ids.Distinct(StringComparer.OrdinalIgnoreCase).Select(org.FindUser).OfType<EmUser>().Where(InState).ToList();
            if (found.Count == 0) return GenesysErrors.NotFound(c, "general.resource.not.found", "The requested user(s) could not be found.");
            return Results.Json(Query.Page(found, Math.Max(pageSize, found.Count), 1, u => Projections.User(u, expand), "/api/v2/users"),
                EmulatorJson.Options);
        });

        app.MapGet("/api/v2/users/me", (HttpContext c) =>
        {
            var token = c.Token();
            if (token.User == null) return GenesysErrors.NotAUser(c);
            if (ApiAuthorization.Require(c, new[] { "user-basic-info" }) is { } denied) return denied;
            return Results.Json(Projections.User(token.User, Query.Expand(c)), EmulatorJson.Options);
        });

        app.MapGet("/api/v2/users/{userId}", (HttpContext c, string userId) =>
        {
            if (ApiAuthorization.Require(c, UserScopes) is { } denied) return denied;
            var user = org.FindUser(userId);
            return user == null
                ? GenesysErrors.NotFound(c, "general.resource.not.found", "Unable to find a user with that userId")
                : Results.Json(Projections.User(user, Query.Expand(c)), EmulatorJson.Options);
        });

        app.MapPost("/api/v2/users/search", async (HttpContext c) =>
        {
            if (ApiAuthorization.Require(c, UserScopes, "directory:user:view") is { } denied) return denied;
            var (document, error) = await JsonBody.ReadAsync(c);
            if (error != null) return error;
            using (document)
            {
                return Search(c, org, document!.RootElement);
            }
        });

        app.MapGet("/api/v2/users/{userId}/presences/purecloud", (HttpContext c, string userId) =>
        {
            if (ApiAuthorization.Require(c, PresenceScopes) is { } denied) return denied;
            var user = org.FindUser(userId);
            return user == null
                ? GenesysErrors.NotFound(c, "presenceservice.usernotfound", "The specified user was not found")
                : Results.Json(Projections.Presence(user), EmulatorJson.Options);
        });

        app.MapGet("/api/v2/users/presences/purecloud/bulk", (HttpContext c) =>
        {
            if (ApiAuthorization.Require(c, PresenceScopes) is { } denied) return denied;
            var ids = Query.Multi(c, "id");
            if (ids.Count > 50) return GenesysErrors.Create(c, 400, "max.user.presences", "Only 50 user presences can be queried at a time.");
            return Results.Json(ids.Select(org.FindUser).OfType<EmUser>().Select(Projections.BulkPresence).ToList(), EmulatorJson.Options);
        });

        // "A value of OFF_QUEUE will be returned if the specified user does not exist."
        app.MapGet("/api/v2/users/{userId}/routingstatus", (HttpContext c, string userId) =>
            ApiAuthorization.Require(c, UserScopes) ?? Results.Json(Projections.RoutingStatus(userId, org.FindUser(userId)?.RoutingStatus
                ?? "OFF_QUEUE"), EmulatorJson.Options));

        app.MapGet("/api/v2/users/{userId}/station", (HttpContext c, string userId) =>
        {
            if (ApiAuthorization.Require(c, UserScopes, "telephony:otherStationAssociation:view") is { } denied) return denied;
            var user = org.FindUser(userId);
            return user == null ? GenesysErrors.NotFound(c) : Results.Json(Projections.Stations(user), EmulatorJson.Options);
        });
    }

    private static IResult Search(HttpContext c, OrgState org, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object) return GenesysErrors.BadRequest(c, "The search request must be a JSON object.");
        var pageSize = body.TryGetProperty("pageSize", out var ps) && ps.TryGetInt32(out var size) ? size : 25;
        if (pageSize > 100) return GenesysErrors.Create(c, 400, "too.many.requested.results",
            "Too many results requested; pageSize may be at most 100.");
        var expand = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (body.TryGetProperty("expand", out var ex) && ex.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in ex.EnumerateArray()) expand.Add(item.GetString() ?? "");
        }

        IEnumerable<EmUser> matches = org.Users;
        if (body.TryGetProperty("query", out var query) && query.ValueKind == JsonValueKind.Array)
        {
            foreach (var criteria in query.EnumerateArray())
            {
                var type = criteria.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
                var fields = criteria.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array ? f.EnumerateArray().Select(x =>
                    x.GetString() ?? "").ToList() : new List<string>();
                var values = new List<string>();
                if (criteria.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String) values.Add(v.GetString()!);
                if (criteria.TryGetProperty("values", out var vs)
                    && vs.ValueKind == JsonValueKind.Array) values.AddRange(vs.EnumerateArray().Select(x => x.GetString() ?? ""));
                if (values.Count > MaxSearchValues) return GenesysErrors.Create(c, 400, "search.criteria.values.exceed.limit",
                    "Search criteria values exceed the limit of " + MaxSearchValues + ".");
                matches = matches.Where(u => fields.Any(field => values.Any(value => Matches(type, FieldValue(u, field), value)))).ToList();
            }
        }

        var results = matches.ToList();
        if (results.Count == 0) return GenesysErrors.NotFound(c, "resource.not.found", "Users not found");
        return Results.Json(new Dictionary<string, object?>
        {
            ["total"] = results.Count,
            ["pageCount"] = (int)Math.Ceiling(results.Count / (double)pageSize),
            ["pageSize"] = pageSize,
            ["pageNumber"] = 1,
            ["types"] = new[] { "users" },
            ["results"] = results.Take(pageSize).Select(u => Projections.User(u, expand)).ToList(),
        }, EmulatorJson.Options);
    }

    private static string FieldValue(EmUser user, string field) => field switch
    {
        "email" or "username" => user.Email,
        "name" => user.Name,
        "id" => user.Id,
        "state" => user.State,
        _ => "",
    };

    private static bool Matches(string type, string actual, string value) => type.ToUpperInvariant() switch
    {
        "EXACT" or "TERM" or "TERMS" => string.Equals(actual, value, StringComparison.OrdinalIgnoreCase),
        "STARTS_WITH" => actual.StartsWith(value, StringComparison.OrdinalIgnoreCase),
        "CONTAINS" => actual.Contains(value, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
