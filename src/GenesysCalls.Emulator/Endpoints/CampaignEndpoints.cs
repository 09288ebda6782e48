namespace GenesysCalls.Emulator;

/// <summary>
/// Campaigns: read, update (the whole object with campaignStatus and version: how clients start and stop them), progress,
/// and the start/stop shortcuts. GET /api/v2/outbound/campaigns is not in the extract of the definition; it is served with
/// the same paging and name filter as the contact-list listing.
/// </summary>
internal static class CampaignEndpoints
{
    private static readonly string[] ReadScopes = { "outbound", "outbound:readonly" };
    private static readonly string[] WriteScopes = { "outbound" };

    public static void Map(WebApplication app, OutboundState state)
    {
        app.MapGet("/api/v2/outbound/campaigns", (HttpContext c) =>
        {
            if (ApiAuthorization.Require(c, ReadScopes, "outbound:campaign:view") is { } denied) return denied;
            var ids = Query.Multi(c, "id");
            var filterType = c.Request.Query["filterType"].ToString() is { Length: > 0 } f ? f : "Prefix";
            var name = c.Request.Query["name"].ToString();
            var pageNumber = Math.Max(1, Query.Int(c, "pageNumber", 1));
            lock (state.Gate)
            {
                IEnumerable<EmCampaign> campaigns = state.Campaigns.OrderBy(x => x.Name, StringComparer.OrdinalIgnoreCase);
                if (ids.Count > 0) campaigns = campaigns.Where(x => ids.Contains(x.Id, StringComparer.OrdinalIgnoreCase));
                if (name.Length > 0) campaigns = campaigns.Where(x => NameFilter.Matches(x.Name, name, filterType));
                var page = campaigns.ToList();
                foreach (var campaign in page) state.Advance(campaign, DateTimeOffset.UtcNow);
                return Results.Json(Query.Page(page, Math.Clamp(Query.Int(c, "pageSize", 25), 1, 100), pageNumber, x =>
                    OutboundProjections.Campaign(x, state),
                    "/api/v2/outbound/campaigns"), EmulatorJson.Options);
            }
        });

        app.MapGet("/api/v2/outbound/campaigns/{campaignId}", (HttpContext c, string campaignId) =>
            WithCampaign(c, state, campaignId, ReadScopes, "outbound:campaign:view", "resource.not.found",
                campaign => Results.Json(OutboundProjections.Campaign(campaign, state), EmulatorJson.Options)));

        app.MapGet("/api/v2/outbound/campaigns/{campaignId}/progress", (HttpContext c, string campaignId) =>
            WithCampaign(c, state, campaignId, ReadScopes, "outbound:campaign:view", "campaign.not.found",
                campaign => Results.Json(OutboundProjections.Progress(campaign, state), EmulatorJson.Options)));

        app.MapPut("/api/v2/outbound/campaigns/{campaignId}", async (HttpContext c, string campaignId) =>
        {
            if (ApiAuthorization.Require(c, WriteScopes, "outbound:campaign:edit") is { } denied) return denied;
            var (document, error) = await JsonBody.ReadAsync(c);
            if (error != null) return error;
            using (document)
            {
                var body = document!.RootElement;
                return WithCampaign(c, state, campaignId, WriteScopes, "outbound:campaign:edit", "resource.not.found", campaign =>
                {
                    if (CampaignRules.CheckUpdate(c, body, campaign, state) is { } refused) return refused;
                    CampaignRules.Apply(body, campaign);
                    state.SetStatus(campaign, body.GetProperty("campaignStatus").GetString()!, DateTimeOffset.UtcNow);
                    campaign.Version++;
                    campaign.DateModified = DateTimeOffset.UtcNow;
                    return Results.Json(OutboundProjections.Campaign(campaign, state), EmulatorJson.Options);
                });
            }
        });

        app.MapPost("/api/v2/outbound/campaigns/{campaignId}/start", (HttpContext c, string campaignId) =>
            WithCampaign(c, state, campaignId, WriteScopes, "outbound:campaign:start", "campaign.not.found", campaign =>
            {
                if (CampaignRules.CheckStart(c, campaign, state) is { } refused) return refused;
                Change(state, campaign, "on");
                return Results.NoContent();
            }));

        app.MapPost("/api/v2/outbound/campaigns/{campaignId}/stop", (HttpContext c, string campaignId) =>
            WithCampaign(c, state, campaignId, WriteScopes, "outbound:campaign:stop", "campaign.not.found", campaign =>
            {
                Change(state, campaign, "off");
                return Results.NoContent();
            }));
    }

    private static void Change(OutboundState state, EmCampaign campaign, string status)
    {
        var before = campaign.Status;
        state.SetStatus(campaign, status, DateTimeOffset.UtcNow);
        if (campaign.Status != before) campaign.Version++;
    }

    private static IResult WithCampaign(HttpContext c, OutboundState state, string id, string[] scopes, string permission, string notFoundCode,
        Func<EmCampaign, IResult> act)
    {
        if (ApiAuthorization.Require(c, scopes, permission) is { } denied) return denied;
        lock (state.Gate)
        {
            var campaign = state.FindCampaign(id);
            if (campaign == null) return GenesysErrors.NotFound(c, notFoundCode, notFoundCode == "campaign.not.found"
                ? "The dialer campaign was not found." : "The resource could not be found.");
            state.Advance(campaign, DateTimeOffset.UtcNow);
            return act(campaign);
        }
    }
}
