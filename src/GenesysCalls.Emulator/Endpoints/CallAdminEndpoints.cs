namespace GenesysCalls.Emulator;

/// <summary>Admin calls for the call timelines: injected telephony failures and the hang-up rules. Under /emulator only.</summary>
internal static class CallAdminEndpoints
{
    public sealed record HangUpRules(bool RequireUser, bool EndedCallSucceeds);

    public static void Map(WebApplication app, OrgState org)
    {
        app.MapGet("/emulator/call-failures", () => Results.Json(org.CallFailures.Settings, EmulatorJson.Options));
        app.MapPost("/emulator/call-failures", (CallFailureSettings settings) =>
        {
            if (!org.CallFailures.Set(settings))
            {
                return Results.BadRequest(new { message = "Unknown code " + settings.Code, codes = CallFailures.Known.Keys });
            }

            return Results.Json(settings, EmulatorJson.Options);
        });
        app.MapDelete("/emulator/call-failures", () =>
        {
            org.CallFailures.Clear();
            return Results.NoContent();
        });

        app.MapGet("/emulator/calls/hang-up", () => Results.Json(new HangUpRules(org.Calls.HangUpRequiresUser, org.Calls.EndedHangUpSucceeds),
            EmulatorJson.Options));
        app.MapPut("/emulator/calls/hang-up", (HangUpRules rules) =>
        {
            org.Calls.HangUpRequiresUser = rules.RequireUser;
            org.Calls.EndedHangUpSucceeds = rules.EndedCallSucceeds;
            return Results.NoContent();
        });
    }

    /// <summary>A call's state now, for GET /emulator/conversations.</summary>
    public static object? Summary(OrgState org, string conversationId)
    {
        if (org.Calls.Find(conversationId) is not { } timeline) return null;
        var now = timeline.At(DateTimeOffset.UtcNow);
        return new
        {
            Scenario = timeline.PlannedScenario.Name,
            CallerState = now.Caller.State,
            RemoteState = now.Remote.State,
            AnsweredAt = CallProjections.Time(now.Remote.ConnectedTime),
            EndedAt = CallProjections.Time(now.Remote.EndTime),
            DisconnectType = now.Remote.DisconnectType,
        };
    }
}
