using System.Text.Json;

namespace GenesysCalls.Emulator;

/// <summary>The emulator's own control surface, under /emulator (never /api/v2). See README "Emulator admin API".</summary>
internal static class AdminEndpoints
{
    public sealed record UserChange(string? Presence, string? RoutingStatus, string? State, bool? HasStation);

    public sealed record RateLimitChange(int PerMinute);

    public static void Map(WebApplication app, OrgState org, RequestLog log, FaultInjector faults)
    {
        app.MapGet("/emulator/requests", () => Results.Json(log.Snapshot(), EmulatorJson.Options));
        app.MapDelete("/emulator/requests", () =>
        {
            log.Clear();
            return Results.NoContent();
        });

        app.MapGet("/emulator/conversations", () => Results.Json(org.Conversations.Select(c => new
        {
            c.Id,
            c.Endpoint,
            c.CallerUserId,
            c.CreatedByClientId,
            c.Destination,
            c.CreatedAt,
            Call = CallAdminEndpoints.Summary(org, c.Id),
            Request = JsonDocument.Parse(c.RequestJson).RootElement,
        }), EmulatorJson.Options));

        app.MapGet("/emulator/stats", () => Results.Json(new
        {
            ConversationsCreated = org.ConversationCount,
            Requests = log.Snapshot().Count,
            Users = org.Users.Count,
            Queues = org.Queues.Count,
            org.RateLimitPerMinute,
        }, EmulatorJson.Options));

        app.MapPatch("/emulator/users/{userId}", (string userId, UserChange change) =>
        {
            var user = org.FindUser(userId);
            if (user == null) return Results.NotFound(new { message = "No user " + userId });
            lock (org.Gate)
            {
                if (change.Presence != null) user.Presence = change.Presence;
                if (change.RoutingStatus != null) user.RoutingStatus = change.RoutingStatus;
                if (change.State != null) user.State = change.State;
                if (change.HasStation == false) user.Station = null;
                if (change.HasStation == true && user.Station == null) user.Station = new EmStation
                {
                    Id = DeterministicIds.For("station/" + user.Id),
                    Name = "Station of " + user.Name,
                };
            }

            return Results.Json(Projections.User(user, new HashSet<string> { "presence", "routingStatus", "station" }), EmulatorJson.Options);
        });

        app.MapGet("/emulator/faults", () => Results.Json(faults.Settings, EmulatorJson.Options));
        app.MapPost("/emulator/faults", (FaultSettings settings) =>
        {
            faults.Set(settings);
            return Results.Json(settings, EmulatorJson.Options);
        });
        app.MapDelete("/emulator/faults", () =>
        {
            faults.Set(new FaultSettings());
            return Results.NoContent();
        });

        app.MapPost("/emulator/tokens/expire", () =>
        {
            org.ExpireAllTokens();
            return Results.NoContent();
        });

        app.MapPut("/emulator/rate-limit", (RateLimitChange change) =>
        {
            org.RateLimitPerMinute = Math.Max(1, change.PerMinute);
            return Results.NoContent();
        });
    }
}
