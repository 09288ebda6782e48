namespace GenesysCalls.Emulator;

/// <summary>Stores an accepted batch: new contacts are appended (or queued next with priority), known ids are updated in place.</summary>
internal static class ContactWriter
{
    public static List<EmContact> Write(OutboundState state, EmContactList list, List<ContactRules.Parsed> contacts, bool priority,
        bool clearSystemData)
    {
        var now = DateTimeOffset.UtcNow;
        var written = new List<EmContact>(contacts.Count);
        var fresh = new List<EmContact>();
        foreach (var parsed in contacts)
        {
            if (parsed.Id != null && list.ContactsById.TryGetValue(parsed.Id, out var existing))
            {
                existing.Data = parsed.Data;
                existing.Writes++;
                if (clearSystemData) existing.Callable = true;
                if (parsed.Callable is { } callable) existing.Callable = callable;
                written.Add(existing);
                continue;
            }

            var contact = new EmContact
            {
                Id = parsed.Id ?? Guid.NewGuid().ToString("N"), ContactListId = list.Id, Data = parsed.Data, Callable = parsed.Callable ?? true,
                DateCreated = now,
            };
            list.ContactsById[contact.Id] = contact;
            fresh.Add(contact);
            written.Add(contact);
        }

        // Priority contacts are dialed next: they go right after what the list's running campaigns have already dialed.
        var next = priority ? state.Campaigns.Where(c => c.ContactListId == list.Id).Select(c =>
            c.Processed).DefaultIfEmpty(list.Contacts.Count).Max() : list.Contacts.Count;
        list.Contacts.InsertRange(Math.Min(next, list.Contacts.Count), fresh);
        list.AddRequests++;
        return written;
    }
}
