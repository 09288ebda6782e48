namespace GenesysCalls.Emulator;

/// <summary>The outbound part of the admin API (under /emulator): what the org stored, and switches for refusals tests need.</summary>
internal static class OutboundAdminEndpoints
{
    public sealed record ContactListChange(string? ImportState);

    public sealed record CampaignChange(bool? SiteHasActiveEdges, string? CampaignStatus);

    public static void Map(WebApplication app, OutboundState state)
    {
        app.MapGet("/emulator/outbound", () =>
        {
            lock (state.Gate)
            {
                return Results.Json(new
                {
                    state.DialRatePerSecond,
                    ContactLists = state.ContactLists.Select(l => new
                    {
                        l.Id, l.Name, Size = l.Contacts.Count, l.AddRequests,
                        l.ImportState
                    }).ToList(),
                    Campaigns = state.Campaigns.Select(c => new { c.Id, c.Name, c.Status, c.Version, c.Processed, c.Called }).ToList(),
                    DncLists = state.DncLists.Select(d => new { d.Id, d.Name, d.DncSourceType, Size = d.PhoneNumbers.Count }).ToList(),
                }, EmulatorJson.Options);
            }
        });

        app.MapGet("/emulator/contactlists/{id}/contacts", (string id) =>
        {
            lock (state.Gate)
            {
                var list = state.FindList(id);
                if (list == null) return Results.NotFound(new { message = "No contact list " + id });
                return Results.Json(list.Contacts.Select(c => new { c.Id, c.ContactListId, c.Data, c.Callable, c.Writes, c.DateCreated }).ToList(),
                    EmulatorJson.Options);
            }
        });

        app.MapPatch("/emulator/contactlists/{id}", (string id, ContactListChange change) =>
        {
            lock (state.Gate)
            {
                var list = state.FindList(id);
                if (list == null) return Results.NotFound(new { message = "No contact list " + id });
                list.ImportState = string.IsNullOrEmpty(change.ImportState) ? null : change.ImportState;
                return Results.NoContent();
            }
        });

        app.MapPatch("/emulator/campaigns/{id}", (string id, CampaignChange change) =>
        {
            lock (state.Gate)
            {
                var campaign = state.FindCampaign(id);
                if (campaign == null) return Results.NotFound(new { message = "No campaign " + id });
                if (change.SiteHasActiveEdges is { } edges) campaign.SiteHasActiveEdges = edges;
                if (change.CampaignStatus is { } status)
                {
                    campaign.Status = status;
                    campaign.LastAdvanced = DateTimeOffset.UtcNow;
                }

                return Results.NoContent();
            }
        });

        app.MapGet("/emulator/dnclists/{id}/phonenumbers", (string id) =>
        {
            lock (state.Gate)
            {
                var list = state.FindDncList(id);
                return list == null ? Results.NotFound(new { message = "No DNC list " + id }) : Results.Json(list.PhoneNumbers.Keys.ToList(),
                    EmulatorJson.Options);
            }
        });
    }
}
