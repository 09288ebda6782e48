namespace GenesysCalls.Emulator;

/// <summary>Everything outbound: contact lists and contacts, campaigns, DNC lists, and their admin calls.</summary>
internal static class OutboundEndpoints
{
    public static void Map(WebApplication app, OrgState org)
    {
        ContactListEndpoints.Map(app, org.Outbound);
        CampaignEndpoints.Map(app, org.Outbound);
        DncEndpoints.Map(app, org.Outbound);
        OutboundAdminEndpoints.Map(app, org.Outbound);
    }
}
