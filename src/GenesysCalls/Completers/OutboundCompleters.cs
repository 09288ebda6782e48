using System.Collections.Generic;
using GenesysCalls.Core.Completion;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Cmdlets.Completers
{
    /// <summary>Contact list names.</summary>
    public sealed class ContactListNameCompleter : OrgCompleter
    {
        private protected override IReadOnlyList<CompletionItem> Read(GenesysSession session, string word) =>
            OrgCompletions.ContactLists(session, word,
            completeName: true);
    }

    /// <summary>Contact list ids, listed by name.</summary>
    public sealed class ContactListIdCompleter : OrgCompleter
    {
        private protected override IReadOnlyList<CompletionItem> Read(GenesysSession session, string word) =>
            OrgCompletions.ContactLists(session, word,
            completeName: false);
    }

    /// <summary>Campaign names.</summary>
    public sealed class CampaignNameCompleter : OrgCompleter
    {
        private protected override IReadOnlyList<CompletionItem> Read(GenesysSession session, string word) =>
            OrgCompletions.Campaigns(session, word,
            completeName: true);
    }

    /// <summary>Campaign ids, listed by name.</summary>
    public sealed class CampaignIdCompleter : OrgCompleter
    {
        private protected override IReadOnlyList<CompletionItem> Read(GenesysSession session, string word) =>
            OrgCompletions.Campaigns(session, word,
            completeName: false);
    }
}
