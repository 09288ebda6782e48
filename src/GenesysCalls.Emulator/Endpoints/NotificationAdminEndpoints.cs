namespace GenesysCalls.Emulator;

/// <summary>Admin calls for the notification service: traffic counts and socket/channel faults. Under /emulator only.</summary>
internal static class NotificationAdminEndpoints
{
    public static void Map(WebApplication app, NotificationHub hub)
    {
        app.MapGet("/emulator/notifications", () => Results.Json(hub.Stats(), EmulatorJson.Options));

        app.MapGet("/emulator/notifications/faults", () => Results.Json(hub.Faults, EmulatorJson.Options));
        app.MapPost("/emulator/notifications/faults", (NotificationFaultSettings settings) =>
        {
            hub.Faults = settings;
            return Results.Json(settings, EmulatorJson.Options);
        });
        app.MapDelete("/emulator/notifications/faults", () =>
        {
            hub.Faults = new NotificationFaultSettings();
            return Results.NoContent();
        });

        app.MapPost("/emulator/notifications/drop-sockets", () => Affected(hub.DropSockets()));
        app.MapPost("/emulator/notifications/socket-closing", (int? closeAfterMs) => Affected(hub.SocketClosing(Math.Max(0, closeAfterMs ?? 0))));
        app.MapPost("/emulator/notifications/expire", (string? channelId) => Affected(hub.Remove(channelId, expire: true)));
        app.MapPost("/emulator/notifications/evict", (string? channelId) => Affected(hub.Remove(channelId, expire: false)));
    }

    private static IResult Affected(int count) => Results.Json(new { Affected = count }, EmulatorJson.Options);
}
