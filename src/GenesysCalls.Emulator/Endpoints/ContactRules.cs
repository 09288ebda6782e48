using System.Text.Json;

namespace GenesysCalls.Emulator;

/// <summary>
/// What POST .../contacts refuses, with the definition's 400 codes. A batch is all or nothing: the first refused contact
/// refuses the request. The numeric limits are not published; these are the emulator's.
/// </summary>
internal static class ContactRules
{
    public const int MaxContactsPerRequest = 1000;
    public const int MaxDatumLength = 1024;
    public const int MaxContactIdLength = 64;

    public sealed record Parsed(string? Id, Dictionary<string, string> Data, bool? Callable);

    public static (List<Parsed>? Contacts, IResult? Error) Check(HttpContext c, JsonElement body, EmContactList list)
    {
        if (body.ValueKind != JsonValueKind.Array) return (null, GenesysErrors.BadRequest(c,
            "The request body must be an array of WritableDialerContact."));
        if (body.GetArrayLength() > MaxContactsPerRequest)
        {
            return (null, GenesysErrors.Create(c, 400, "too.many.contacts.added", "Too many contacts added, the limit is 1000 per request"));
        }

        var columns = new HashSet<string>(list.ColumnNames, StringComparer.Ordinal);
        var parsed = new List<Parsed>();
        var index = 0;
        foreach (var contact in body.EnumerateArray())
        {
            var (one, error) = CheckOne(c, contact, list, columns, index++);
            if (error != null) return (null, error);
            parsed.Add(one!);
        }

        return (parsed, null);
    }

    private static (Parsed?, IResult?) CheckOne(HttpContext c, JsonElement contact, EmContactList list, HashSet<string> columns, int index)
    {
        if (contact.ValueKind != JsonValueKind.Object) return (null, GenesysErrors.BadRequest(c, $"Contact [{index}] is not an object."));
        var listId = contact.TryGetProperty("contactListId", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
        if (!string.Equals(listId, list.Id, StringComparison.OrdinalIgnoreCase))
        {
            return (null, GenesysErrors.Create(c, 400, "invalid.create", "An attempt was made to create contacts in an invalid way"));
        }

        if (!contact.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return (null, GenesysErrors.Create(c, 400, "contact.missing.data", "The data field is required."));
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in data.EnumerateObject())
        {
            if (!columns.Contains(field.Name)) return (null, GenesysErrors.Create(c, 400, "invalid.contact.columns",
                "The contact columns are invalid."));
            if (field.Value.ValueKind != JsonValueKind.String)
            {
                return (null, GenesysErrors.InvalidValue(c, field.Value.GetRawText(), "string"));
            }

            var value = field.Value.GetString()!;
            if (value.Length > MaxDatumLength)
            {
                return (null, GenesysErrors.Create(c, 400, "contact.datum.length.limit.exceeded",
                    "The length of each piece of contact data must not exceed the limit."));
            }

            values[field.Name] = value;
        }

        if (values.Count < columns.Count) return (null, GenesysErrors.Create(c, 400, "contact.missing.columns",
            "The contact is missing columns from its contact list."));

        string? id = null;
        if (contact.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String)
        {
            id = idElement.GetString()!;
            if (id.Length > MaxContactIdLength)
            {
                return (null, GenesysErrors.Create(c, 400, "contact.id.length.limit.exceeded",
                    "The length of a contact id must not exceed the limit."));
            }

            if (id.Length == 0 || !id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-' || ch == '_'))
            {
                return (null, GenesysErrors.Create(c, 400, "invalid.contact.id",
                    "The custom contactId field is not valid.  It cannot contain special characters."));
            }
        }

        bool? callable = contact.TryGetProperty("callable", out var call) && call.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? call.GetBoolean() : null;
        return (new Parsed(id, values, callable), null);
    }
}
