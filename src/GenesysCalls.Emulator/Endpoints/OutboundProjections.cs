namespace GenesysCalls.Emulator;

/// <summary>The JSON shapes of ContactList, DialerContact, Campaign and CampaignProgress, with only fields the definition has.</summary>
internal static class OutboundProjections
{
    private const string Time = "yyyy-MM-ddTHH:mm:ss.fffZ";

    public static Dictionary<string, object?> ContactList(EmContactList list, bool includeImportStatus, bool includeSize) => new()
    {
        ["id"] = list.Id,
        ["name"] = list.Name,
        ["dateCreated"] = list.DateCreated.ToString(Time),
        ["version"] = list.Version,
        ["columnNames"] = list.ColumnNames,
        ["phoneColumns"] = list.PhoneColumns.Select(p => new Dictionary<string, object?>
        {
            ["columnName"] = p.ColumnName,
            ["type"] = p.Type
        }).ToList(),
        ["importStatus"] = includeImportStatus && list.ImportState != null ? ImportStatus(list) : null,
        ["size"] = includeSize ? list.Contacts.Count : null,
        ["selfUri"] = "/api/v2/outbound/contactlists/" + list.Id,
    };

    public static Dictionary<string, object?> Contact(EmContact contact, EmContactList list) => new()
    {
        ["id"] = contact.Id,
        ["contactListId"] = contact.ContactListId,
        ["data"] = contact.Data,
        ["callable"] = contact.Callable,
        ["phoneNumberStatus"] = list.PhoneColumns.ToDictionary(p => p.ColumnName, _ => (object)new Dictionary<string,
            object?>
        { ["callable"] = contact.Callable }),
        ["dateCreated"] = contact.DateCreated.ToString(Time),
        ["selfUri"] = "/api/v2/outbound/contactlists/" + contact.ContactListId + "/contacts/" + contact.Id,
    };

    public static Dictionary<string, object?> Campaign(EmCampaign campaign, OutboundState state) => new()
    {
        ["id"] = campaign.Id,
        ["name"] = campaign.Name,
        ["dateCreated"] = campaign.DateCreated.ToString(Time),
        ["dateModified"] = campaign.DateModified.ToString(Time),
        ["version"] = campaign.Version,
        ["contactList"] = Ref(campaign.ContactListId, state.FindList(campaign.ContactListId)?.Name, "/api/v2/outbound/contactlists/"),
        ["queue"] = campaign.QueueId == null ? null : Ref(campaign.QueueId, null, "/api/v2/routing/queues/"),
        ["dialingMode"] = campaign.DialingMode,
        ["site"] = Ref(campaign.SiteId, null, "/api/v2/telephony/providers/edges/sites/"),
        ["campaignStatus"] = campaign.Status,
        ["phoneColumns"] = campaign.PhoneColumns.Select(p => new Dictionary<string, object?>
        {
            ["columnName"] = p.ColumnName,
            ["type"] = p.Type
        }).ToList(),
        ["dncLists"] = campaign.DncListIds.Select(id => Ref(id, state.FindDncList(id)?.Name, "/api/v2/outbound/dnclists/")).ToList(),
        ["callerName"] = campaign.CallerName,
        ["callerAddress"] = campaign.CallerAddress,
        ["alwaysRunning"] = campaign.AlwaysRunning,
        ["noAnswerTimeout"] = 30,
        ["errors"] = Array.Empty<object>(),
        ["selfUri"] = "/api/v2/outbound/campaigns/" + campaign.Id,
    };

    public static Dictionary<string, object?> Progress(EmCampaign campaign, OutboundState state)
    {
        var total = state.FindList(campaign.ContactListId)?.Contacts.Count ?? 0;
        return new Dictionary<string, object?>
        {
            ["campaign"] = Ref(campaign.Id, campaign.Name, "/api/v2/outbound/campaigns/"),
            ["contactList"] = Ref(campaign.ContactListId, state.FindList(campaign.ContactListId)?.Name, "/api/v2/outbound/contactlists/"),
            ["numberOfContactsCalled"] = campaign.Called,
            ["numberOfContactsMessaged"] = 0,
            ["totalNumberOfContacts"] = total,
            ["percentage"] = total == 0 ? 0 : campaign.Processed * 100L / total,
            ["numberOfContactsSkipped"] = new Dictionary<string, int>(campaign.Skipped),
        };
    }

    private static Dictionary<string, object?> ImportStatus(EmContactList list) => new()
    {
        ["state"] = list.ImportState,
        ["totalRecords"] = list.Contacts.Count,
        ["completedRecords"] = list.ImportState == "IN_PROGRESS" ? list.Contacts.Count / 2 : 0,
        ["percentComplete"] = list.ImportState == "IN_PROGRESS" ? 50 : 0,
        ["failureReason"] = list.ImportState == "FAILED" ? "The emulated import failed." : null,
    };

    private static Dictionary<string, object?> Ref(string id, string? name, string path) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["selfUri"] = path + id,
    };
}
