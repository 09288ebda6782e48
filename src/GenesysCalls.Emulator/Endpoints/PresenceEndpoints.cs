namespace GenesysCalls.Emulator;

/// <summary>The org's presence catalogue: the ten system presences and their System definitions, whose ids users' presences carry.</summary>
internal static class PresenceEndpoints
{
    private static readonly string[] PresenceScopes = { "presence", "presence:readonly" };

    /// <summary>The definition's systemPresence enum, with the English labels the emulator gives them (its own).</summary>
    private static readonly (string Name, string Label)[] SystemPresences =
    {
        ("Available", "Available"), ("Away", "Away"), ("Busy", "Busy"), ("Offline", "Offline"), ("Idle", "Idle"),
        ("OnQueue", "On Queue"), ("Meal", "Meal"), ("Training", "Training"), ("Meeting", "Meeting"), ("Break", "Break"),
    };

    /// <summary>The id a user's presenceDefinition carries for a system presence.</summary>
    public static string DefinitionId(string systemPresence) => DeterministicIds.For("presence/" + systemPresence);

    public static void Map(WebApplication app)
    {
        // No selfUri: the definition serves no GET for one system presence.
        app.MapGet("/api/v2/systempresences", (HttpContext c) =>
            ApiAuthorization.Require(c, PresenceScopes) ?? Results.Json(SystemPresences.Select(p => new Dictionary<string, object?>
            {
                ["id"] = DefinitionId(p.Name),
                ["name"] = p.Name,
            }).ToList(), EmulatorJson.Options));

        app.MapGet("/api/v2/presence/definitions", (HttpContext c) =>
        {
            if (ApiAuthorization.Require(c, PresenceScopes, "presence:presenceDefinition:view") is { } denied) return denied;
            var deactivated = c.Request.Query["deactivated"].ToString();
            if (deactivated.Length > 0 && !bool.TryParse(deactivated, out _)) return GenesysErrors.Create(c, 400, "invalid.query.param.value",
                $"Value [{deactivated}] is not valid for parameter [deactivated]. Allowable values are: TRUE, FALSE");
            // None of the System definitions is deactivated, so deactivated=true lists nothing.
            var entities = string.Equals(deactivated, "true", StringComparison.OrdinalIgnoreCase)
                ? new List<Dictionary<string, object?>>()
                : SystemPresences.Select(p => Definition(p.Name, p.Label)).ToList();
            return Results.Json(new Dictionary<string, object?>
            {
                ["total"] = entities.Count,
                ["entities"] = entities,
                ["selfUri"] = "/api/v2/presence/definitions",
            }, EmulatorJson.Options);
        });
    }

    private static Dictionary<string, object?> Definition(string name, string label) => new()
    {
        ["id"] = DefinitionId(name),
        ["type"] = "System",
        ["languageLabels"] = new Dictionary<string, string> { ["en_US"] = label },
        ["systemPresence"] = name,
        ["deactivated"] = false,
        ["selfUri"] = "/api/v2/presence/definitions/" + DefinitionId(name),
    };
}
