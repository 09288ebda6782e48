using System.Collections.Generic;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Http;

namespace GenesysCalls.Core.Outbound
{
    /// <summary>The outbound service's refusal codes: the problem each becomes, and what to do about it.</summary>
    internal static class OutboundRefusals
    {
        private static readonly Dictionary<string, (Problem Problem, string Advice)> Known = new Dictionary<string, (Problem, string)>
        {
            ["contact.list.import.in.progress"] = (Problems.ContactListImporting,
                "The campaign's contact list is still importing. Wait until Get-OutboundContactList shows no ImportState, then start again."),
            ["site.has.no.active.edges"] = (Problems.NoActiveEdges,
                "No Edge in the campaign's site is active, so nothing could dial. Bring an Edge of the site online (Telephony > Edges) or give the "
                    + "campaign another site."),
            ["edge.group.has.no.active.edges"] = (Problems.NoActiveEdges,
                "No Edge in the campaign's edge group is active. Bring one online or choose another edge group."),
            ["invalid.update.bad.status.transition"] = (Problems.BadStatusTransition,
                "The campaign cannot go to that status from its current one (a stopping campaign must finish stopping first). Check Status with "
                    + "Get-OutboundCampaign and try again."),
            ["invalid.update.wrong.version"] = (Problems.VersionConflict,
                "Someone changed the campaign at the same time. Run the command again; it reads the current version."),
            ["invalid.update.campaign.active"] = (Problems.CampaignActive, "The campaign is running; stop it before changing it."),
            ["active.campaigns.limit.exceeded"] = (Problems.ActiveCampaignsLimit,
                "The org runs as many campaigns as it may. Stop another campaign and wait for it to stop first."),
            ["missing.caller.id.address"] = (Problems.MissingCallerId,
                "Give the campaign a caller id number (callerAddress) in Genesys Cloud admin."),
            ["missing.caller.id.name"] = (Problems.MissingCallerId, "Give the campaign a caller id name (callerName) in Genesys Cloud admin."),
            ["campaign.black.listed"] = (Problems.Blocked, "Genesys has blocked this campaign. Contact Genesys support."),
            ["all.campaigns.black.listed"] = (Problems.Blocked, "Genesys has blocked this org from starting campaigns. Contact Genesys support."),
            ["invalid.contact.columns"] = (Problems.InvalidColumns,
                "The list's columns changed while adding. Check ColumnNames with Get-OutboundContactList and run again."),
            ["contact.missing.columns"] = (Problems.InvalidColumns,
                "The list's columns changed while adding. Check ColumnNames with Get-OutboundContactList and run again."),
            ["contact.datum.length.limit.exceeded"] = (Problems.ValueTooLong,
                "Shorten the value named above and add the row again; the service does not publish its limit."),
            ["contact.column.length.limit.exceeded"] = (Problems.ValueTooLong, "A column in this batch is longer than the service allows."),
            ["invalid.contact.id"] = (Problems.InvalidContactId, "Contact ids (-ContactIdProperty) may hold only letters, digits, '-' and '_'."),
            ["contact.id.length.limit.exceeded"] = (Problems.InvalidContactId,
                "Use a shorter contact id (-ContactIdProperty) for this row; the service does not publish its limit."),
            ["contacts.per.org.limit.exceeded"] = (Problems.OrgContactLimit,
                "The org holds as many contacts as it may. Remove old contact lists first."),
            ["contact.list.clear.in.progress"] = (Problems.ContactListClearing,
                "The contact list is being cleared. Wait for that to finish, then add again."),
            ["uploads.black.listed"] = (Problems.Blocked, "Genesys has blocked this org from adding contacts. Contact Genesys support."),
        };

        /// <summary>
        /// The 400 codes one contact's content causes (and too.many.contacts.added, a batch too large): a batch refused with one of
        /// these added nothing, and its halves may pass. Codes about the list or the org (a clear in progress, the org's limit, changed
        /// columns) would refuse every half, so they are not split.
        /// </summary>
        private static readonly HashSet<string> AboutOneContact = new HashSet<string>
        {
            "contact.datum.length.limit.exceeded", "invalid.contact.id", "contact.id.length.limit.exceeded", "contact.missing.data",
            "invalid.value", "too.many.contacts.added",
        };

        /// <summary>Whether sending the batch in halves can find rows that pass: a 400 with a code above, or a 413 (too large).</summary>
        public static bool IsAboutOneContact(GenesysApiException ex) =>
            (ex.StatusCode == 400 && ex.Code != null && AboutOneContact.Contains(ex.Code)) || ex.StatusCode == 413;

        /// <summary>The API error as a record, with a specific id and advice for the codes above, and ApiErrors' general mapping otherwise.</summary>
        public static CommandError From(GenesysApiException ex, object? target, string action)
        {
            var error = ApiErrors.From(ex, target, action);
            if (ex.Code != null && Known.TryGetValue(ex.Code, out var known))
            {
                error = new CommandError(known.Problem, target, error.Message, ex)
                {
                    Details = error.Details,
                    RecommendedAction = known.Advice
                };
            }

            return error;
        }
    }
}
