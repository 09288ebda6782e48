using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GenesysCalls.Emulator;

/// <summary>
/// How the service judges CreateCallbackCommand and PatchCallbackRequest bodies: strict properties and JSON types, the
/// definition's callback.error.* codes. Independent of the module's validator on purpose.
/// </summary>
internal static class CallbackRules
{
    /// <summary>How far ahead a callback may be scheduled: no source states it; ours is 30 days.</summary>
    public static readonly TimeSpan MaxAhead = TimeSpan.FromDays(30);

    private static readonly Dictionary<string, string> CreateTypes = new()
    {
        ["callbackNumbers"] = "List<String>", ["callbackScheduledTime"] = "Date", ["callbackUserName"] = "String", ["callerId"] = "String",
        ["callerIdName"] = "String", ["countryCode"] = "String", ["customerFirstCallbackDeliveryMode"] = "Mode", ["data"] = "Map<String,String>",
        ["queueId"] = "String", ["routingData"] = "RoutingData", ["scriptId"] = "String", ["validateCallbackNumbers"] = "Boolean",
    };

    private static readonly Dictionary<string, string> RoutingTypes = new()
    {
        ["label"] = "String", ["languageId"] = "String", ["preferredAgentIds"] = "List<String>", ["priority"] = "Integer",
        ["queueId"] = "String", ["routingFlags"] = "List<String>", ["scoredAgents"] = "List<ScoredAgent>", ["skillExpression"] = "String",
        ["skillIds"] = "List<String>",
    };

    private static readonly Dictionary<string, string> PatchTypes = new()
    {
        ["agentId"] = "String", ["callbackNumbers"] = "List<String>", ["callbackScheduledTime"] = "Date", ["conversationId"] = "String",
        ["countryCode"] = "String", ["customerFirstCallbackDeliveryMode"] = "Mode", ["queueId"] = "String", ["validateCallbackNumbers"] = "Boolean",
    };

    private static readonly string[] Modes = { "UseQueueSetting", "UseAgentReservation", "NoAgentReservation" };

    public static IResult? CheckCreate(HttpContext c, JsonElement body, OrgState org)
    {
        if (CheckShape(c, body, CreateTypes, "CreateCallbackCommand") is { } bad) return bad;
        if (body.TryGetProperty("routingData", out var routing) && routing.ValueKind == JsonValueKind.Object
            && CheckShape(c, routing, RoutingTypes, "RoutingData") is { } badRouting) return badRouting;
        if (Strings(body, "callbackNumbers").Count == 0) return GenesysErrors.Create(c, 400, "callback.error.missing.callback.numbers",
            "Callback numbers missing");
        var direct = Text(body, "queueId");
        var routed = routing.ValueKind == JsonValueKind.Object ? Text(routing, "queueId") : null;
        if (direct == null && routed == null) return GenesysErrors.Create(c, 400, "callback.error.missing.queue.id", "Callback missing queue ID");
        if (direct != null && routed != null && !string.Equals(direct, routed, StringComparison.OrdinalIgnoreCase))
        {
            return GenesysErrors.Create(c, 400, "constraint.validation", "queueId and routingData.queueId name different queues");
        }

        if (org.FindQueue(direct ?? routed!) == null)
        {
            return GenesysErrors.NotFound(c, "not.found", "The queue [" + (direct ?? routed) + "] could not be found.");
        }

        if (Strings(routing, "routingFlags").Contains("AGENT_OWNED_CALLBACK")) return GenesysErrors.Create(c, 400,
            "callback.error.cannot.create.agent.owned.callback",
            "Cannot create agent owned callback on queue that does not have agent owned callbacks enabled.");
        return CheckTime(c, body);
    }

    public static IResult? CheckPatch(HttpContext c, JsonElement body)
    {
        if (CheckShape(c, body, PatchTypes, "PatchCallbackRequest") is { } bad) return bad;
        foreach (var required in new[] { "agentId", "conversationId" })
        {
            if (Text(body, required) == null) return GenesysErrors.Create(c, 400, "constraint.validation", required + " may not be null");
        }

        if (Text(body, "callbackScheduledTime") == null && Text(body, "queueId") == null) return GenesysErrors.Create(c, 400,
            "callback.error.missing.required.information.for.patch.request", "The patch request requires either a scheduled time or queueId.");
        return CheckTime(c, body);
    }

    /// <summary>The scheduled time asked for: null (now) when absent. Checked by <see cref="CheckTime"/> first.</summary>
    public static DateTimeOffset? Time(JsonElement body) => Text(body, "callbackScheduledTime") is { } text
        ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;

    public static string? Text(JsonElement body, string name) => body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var v)
        && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim().Length > 0 ? v.GetString()!.Trim() : null;

    public static List<string> Strings(JsonElement body, string name) => body.ValueKind == JsonValueKind.Object
        && body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
        ? v.EnumerateArray().Select(i => i.GetString()!.Trim()).Where(s => s.Length > 0).ToList() : new List<string>();

    private static IResult? CheckTime(HttpContext c, JsonElement body)
    {
        if (Text(body, "callbackScheduledTime") is not { } text) return null;
        // ISO-8601 with a zone (Z or an offset): a time without one says nothing about when.
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            || !(text.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || Regex.IsMatch(text, @"[+-]\d\d:?\d\d$")))
        {
            return GenesysErrors.Create(c, 400, "invalid.date",
                "Dates must be specified as ISO-8601 strings. For example: yyyy-MM-ddTHH:mm:ss.SSSZ");
        }

        return at > DateTimeOffset.UtcNow + MaxAhead ? GenesysErrors.Create(c, 400, "callback.error.scheduled.time.too.far.in.future",
            "Callback is scheduled to far in the future.") : null;
    }

    private static IResult? CheckShape(HttpContext c, JsonElement body, Dictionary<string, string> types, string objectName)
    {
        if (body.ValueKind != JsonValueKind.Object) return GenesysErrors.BadRequest(c,
            "The request could not be understood by the server due to malformed syntax.");
        foreach (var property in body.EnumerateObject())
        {
            if (!types.TryGetValue(property.Name, out var type)) return GenesysErrors.InvalidProperty(c, property.Name, objectName);
            if (property.Value.ValueKind != JsonValueKind.Null && !Fits(property.Value, type)) return GenesysErrors.InvalidValue(c,
                property.Value.GetRawText(), type == "Mode" ? string.Join(", ", Modes) : type);
        }

        return null;
    }

    private static bool Fits(JsonElement value, string type) => type switch
    {
        "String" or "Date" => value.ValueKind == JsonValueKind.String,
        "Mode" => value.ValueKind == JsonValueKind.String && Modes.Contains(value.GetString()),
        "Boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "Integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
        "List<String>" => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String),
        "Map<String,String>" => value.ValueKind == JsonValueKind.Object
            && value.EnumerateObject().All(p => p.Value.ValueKind == JsonValueKind.String),
        "List<ScoredAgent>" => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.Object),
        _ => value.ValueKind == JsonValueKind.Object,
    };
}
