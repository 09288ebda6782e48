using System.Text.Json;

namespace GenesysCalls.Emulator;

/// <summary>
/// What a campaign update (PUT with the whole Campaign) or a start may be refused for. Clients set campaignStatus to on
/// or off; on needs a list that is not importing and a site with active edges; version must match the current one.
/// </summary>
internal static class CampaignRules
{
    private static readonly HashSet<string> DialingModes = new(StringComparer.Ordinal) { "agentless", "preview", "power", "predictive",
        "progressive", "external" };

    public static IResult? CheckUpdate(HttpContext c, JsonElement body, EmCampaign campaign, OutboundState state)
    {
        if (body.ValueKind != JsonValueKind.Object) return GenesysErrors.BadRequest(c, "The request body must be a Campaign object.");
        if (Text(body, "name") is not { Length: > 0 } name) return GenesysErrors.Create(c, 400, "name.required", "A name must be provided.");
        if (name.Length > 64) return GenesysErrors.Create(c, 400, "name.length.exceeded", "The name length exceeds the limit of 64 characters.");
        if (Text(body, "callerName") is not { Length: > 0 }) return GenesysErrors.Create(c, 400, "missing.caller.id.name",
            "No caller id name supplied");
        if (Text(body, "callerAddress") is not { Length: > 0 }) return GenesysErrors.Create(c, 400, "missing.caller.id.address",
            "No caller id address supplied");
        if (Text(body, "dialingMode") is not { } mode || !DialingModes.Contains(mode)) return GenesysErrors.Create(c, 400,
            "invalid.dialing.mode.update", "Invalid dialing mode");
        if (!body.TryGetProperty("phoneColumns", out var phones) || phones.ValueKind != JsonValueKind.Array || phones.GetArrayLength() == 0)
        {
            return GenesysErrors.Create(c, 400, "invalid.campaign.phone.columns", "The campaign phone columns are invalid.");
        }

        var listId = body.TryGetProperty("contactList", out var list) && list.ValueKind == JsonValueKind.Object ? Text(list, "id") : null;
        if (!string.Equals(listId, campaign.ContactListId, StringComparison.OrdinalIgnoreCase)) return GenesysErrors.Create(c, 400, "invalid.update",
            "");
        if (!body.TryGetProperty("version", out var version) || !version.TryGetInt32(out var v) || v != campaign.Version)
        {
            return GenesysErrors.Create(c, 409, "invalid.update.wrong.version", "");
        }

        var status = Text(body, "campaignStatus");
        if (status is not ("on" or "off")) return BadTransition(c);
        if (campaign.Status == "on" && (name != campaign.Name || mode != campaign.DialingMode || Text(body,
            "callerAddress") != campaign.CallerAddress))
        {
            return GenesysErrors.Create(c, 409, "invalid.update.campaign.active", "The campaign is already active.");
        }

        return status == "on" ? CheckStart(c, campaign, state) : null;
    }

    /// <summary>Null when the campaign may be (or already is) on.</summary>
    public static IResult? CheckStart(HttpContext c, EmCampaign campaign, OutboundState state)
    {
        if (campaign.Status == "on") return null;
        if (campaign.Status is "stopping" or "forced_stopping" or "invalid") return BadTransition(c);
        if (state.FindList(campaign.ContactListId)?.ImportState == "IN_PROGRESS")
        {
            return GenesysErrors.Create(c, 400, "contact.list.import.in.progress", "The contact list on the camapign is still importing contacts.");
        }

        if (!campaign.SiteHasActiveEdges) return GenesysErrors.Create(c, 400, "site.has.no.active.edges", "There are no active edges in the site");
        return null;
    }

    /// <summary>The fields of the body this emulator keeps; everything else in a Campaign is accepted and not stored.</summary>
    public static void Apply(JsonElement body, EmCampaign campaign)
    {
        campaign.CallerName = Text(body, "callerName")!;
        campaign.CallerAddress = Text(body, "callerAddress")!;
        campaign.DialingMode = Text(body, "dialingMode")!;
        if (body.TryGetProperty("alwaysRunning", out var always)
            && always.ValueKind is JsonValueKind.True or JsonValueKind.False) campaign.AlwaysRunning = always.GetBoolean();
    }

    private static IResult BadTransition(HttpContext c) => GenesysErrors.Create(c, 400, "invalid.update.bad.status.transition",
        "The status transition is invalid.");

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
