using System.Text.Json;

namespace GenesysCalls.Emulator;

/// <summary>
/// How the service judges a CreateCallRequest: strict properties, JSON types, exactly one destination, referenced
/// entities that exist. Deliberately independent of the module's own validator, so tests compare two readings of the definition.
/// </summary>
internal static class CallRequestRules
{
    private static readonly HashSet<string> Strings = new() { "phoneNumber", "callerId", "callerIdName", "callFromQueueId", "callQueueId",
        "callUserId", "languageId", "routingSkillExpression", "uuiData", "externalContactId", "label" };
    private static readonly HashSet<string> StringArrays = new() { "routingSkillsIds", "conversationIds" };
    private static readonly HashSet<string> DestinationFields = new() { "address", "name", "userId", "queueId" };
    private static readonly string[] Destinations = { "phoneNumber", "callUserId", "callQueueId", "participants", "conversationIds" };

    public static IResult? Check(HttpContext c, JsonElement body, OrgState org)
    {
        if (body.ValueKind != JsonValueKind.Object) return GenesysErrors.BadRequest(c,
            "The request could not be understood by the server due to malformed syntax.");
        foreach (var property in body.EnumerateObject())
        {
            var name = property.Name;
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Null) continue;
            if (Strings.Contains(name))
            {
                if (value.ValueKind != JsonValueKind.String) return GenesysErrors.InvalidValue(c, value.GetRawText(), "String");
            }
            else if (StringArrays.Contains(name))
            {
                if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(i =>
                    i.ValueKind != JsonValueKind.String)) return GenesysErrors.InvalidValue(c, value.GetRawText(), "List<String>");
            }
            else if (name == "priority")
            {
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out _)) return GenesysErrors.InvalidValue(c, value.GetRawText(),
                    "Integer");
            }
            else if (name == "attributes")
            {
                if (value.ValueKind != JsonValueKind.Object || value.EnumerateObject().Any(a =>
                    a.Value.ValueKind != JsonValueKind.String)) return GenesysErrors.InvalidValue(c, value.GetRawText(), "Map<String,String>");
            }
            else if (name == "participants")
            {
                if (value.ValueKind != JsonValueKind.Array) return GenesysErrors.InvalidValue(c, value.GetRawText(), "List<Destination>");
                foreach (var participant in value.EnumerateArray())
                {
                    if (participant.ValueKind != JsonValueKind.Object) return GenesysErrors.InvalidValue(c, participant.GetRawText(), "Destination");
                    foreach (var field in participant.EnumerateObject())
                    {
                        if (!DestinationFields.Contains(field.Name)) return GenesysErrors.InvalidProperty(c, field.Name, "Destination");
                        if (field.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)) return GenesysErrors.InvalidValue(c,
                            field.Value.GetRawText(), "String");
                    }
                }
            }
            else
            {
                return GenesysErrors.InvalidProperty(c, name, "CreateCallRequest");
            }
        }

        var present = Destinations.Count(d => body.TryGetProperty(d, out var v) && v.ValueKind != JsonValueKind.Null
            && !(v.ValueKind == JsonValueKind.Array && v.GetArrayLength() == 0));
        if (present == 0) return GenesysErrors.Create(c, 400, "missing.create.conversation.destination.parameter",
            "At least one destination should be supplied in a create conversation request.");
        if (present > 1) return GenesysErrors.Create(c, 400, "too.many.create.conversation.parameters",
            "Only a single destination can be supplied in a create conversation request.");
        return References(c, body, org);
    }

    public static string Destination(JsonElement body)
    {
        foreach (var name in new[] { "phoneNumber", "callUserId", "callQueueId" })
        {
            if (body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String) return v.GetString()!;
        }

        if (body.TryGetProperty("participants", out var p) && p.ValueKind == JsonValueKind.Array) return "conference(" + p.GetArrayLength() + ")";
        return "merge";
    }

    private static IResult? References(HttpContext c, JsonElement body, OrgState org)
    {
        string? Text(string name) => body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (Text("callUserId") is { } userId && org.FindUser(userId) == null) return NotFound(c);
        foreach (var queueField in new[] { "callQueueId", "callFromQueueId" })
        {
            if (Text(queueField) is { } queueId && org.FindQueue(queueId) == null) return NotFound(c);
        }

        if (body.TryGetProperty("conversationIds", out var ids) && ids.ValueKind == JsonValueKind.Array)
        {
            foreach (var id in ids.EnumerateArray())
            {
                if (org.FindConversation(id.GetString()!) == null) return NotFound(c);
            }
        }

        if (body.TryGetProperty("participants", out var participants) && participants.ValueKind == JsonValueKind.Array)
        {
            foreach (var participant in participants.EnumerateArray())
            {
                if (participant.TryGetProperty("userId", out var u) && u.ValueKind == JsonValueKind.String
                    && org.FindUser(u.GetString()!) == null) return NotFound(c);
                if (participant.TryGetProperty("queueId", out var q) && q.ValueKind == JsonValueKind.String
                    && org.FindQueue(q.GetString()!) == null) return NotFound(c);
            }
        }

        return null;
    }

    /// <summary>The definition's text for the code on both call endpoints; which id was unknown is not said.</summary>
    private static IResult NotFound(HttpContext c) =>
        GenesysErrors.NotFound(c, "general.resource.not.found", "The resource could not be found.");
}
