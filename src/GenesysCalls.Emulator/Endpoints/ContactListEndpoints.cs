namespace GenesysCalls.Emulator;

internal static class ContactListEndpoints
{
    private static readonly string[] ReadScopes = { "outbound", "outbound:readonly" };
    private static readonly string[] WriteScopes = { "outbound" };

    public static void Map(WebApplication app, OutboundState state)
    {
        app.MapGet("/api/v2/outbound/contactlists", (HttpContext c) =>
        {
            if (ApiAuthorization.Require(c, ReadScopes, "outbound:contactList:view") is { } denied) return denied;
            var ids = Query.Multi(c, "id");
            if (ids.Count > 100) return GenesysErrors.Create(c, 400, "too.many.bulk.retrieves",
                "Only 100 contact lists can be retrieved by id at a time");
            var filterType = c.Request.Query["filterType"].ToString() is { Length: > 0 } f ? f : "Prefix";
            if (!NameFilter.IsKnown(filterType)) return GenesysErrors.Create(c, 400, "invalid.query.param.value",
                $"Value [{filterType}] is not valid for parameter [filterType].");
            var pageNumber = Query.Int(c, "pageNumber", 1);
            if (pageNumber < 1) return GenesysErrors.Create(c, 400, "invalid.query.param.value",
                $"Value [{pageNumber}] is not valid for parameter [pageNumber].");
            var pageSize = Math.Clamp(Query.Int(c, "pageSize", 25), 1, 100);
            var name = c.Request.Query["name"].ToString();
            var (importStatus, size) = (Flag(c, "includeImportStatus"), Flag(c, "includeSize"));
            lock (state.Gate)
            {
                IEnumerable<EmContactList> lists = state.ContactLists.OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase);
                if (ids.Count > 0) lists = lists.Where(l => ids.Contains(l.Id, StringComparer.OrdinalIgnoreCase));
                if (name.Length > 0) lists = lists.Where(l => NameFilter.Matches(l.Name, name, filterType));
                return Results.Json(Query.Page(lists.ToList(), pageSize, pageNumber, l => OutboundProjections.ContactList(l, importStatus, size),
                    "/api/v2/outbound/contactlists"), EmulatorJson.Options);
            }
        });

        app.MapGet("/api/v2/outbound/contactlists/{contactListId}", (HttpContext c, string contactListId) =>
        {
            if (ApiAuthorization.Require(c, ReadScopes, "outbound:contactList:view") is { } denied) return denied;
            lock (state.Gate)
            {
                var list = state.FindList(contactListId);
                return list == null
                    ? ListNotFound(c)
                    : Results.Json(OutboundProjections.ContactList(list, Flag(c, "includeImportStatus"), Flag(c, "includeSize")),
                        EmulatorJson.Options);
            }
        });

        app.MapPost("/api/v2/outbound/contactlists/{contactListId}/contacts", async (HttpContext c, string contactListId) =>
        {
            if (ApiAuthorization.Require(c, WriteScopes, "outbound:contact:add") is { } denied) return denied;
            var (document, error) = await JsonBody.ReadAsync(c);
            if (error != null) return error;
            using (document)
            {
                lock (state.Gate)
                {
                    var list = state.FindList(contactListId);
                    if (list == null) return GenesysErrors.NotFound(c, "contact.list.not.found", "The contact list could not be found.");
                    var (contacts, refused) = ContactRules.Check(c, document!.RootElement, list);
                    if (refused != null) return refused;
                    var written = ContactWriter.Write(state, list, contacts!, Flag(c, "priority"), Flag(c, "clearSystemData"));
                    return Results.Json(written.Select(w => OutboundProjections.Contact(w, list)).ToList(), EmulatorJson.Options);
                }
            }
        });
    }

    public static IResult ListNotFound(HttpContext c) => GenesysErrors.NotFound(c, "contact.list.not.found",
        "The dialer contact list was not found.");

    private static bool Flag(HttpContext c, string name) => bool.TryParse(c.Request.Query[name].ToString(), out var value) && value;
}
