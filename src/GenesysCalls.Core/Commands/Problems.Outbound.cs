namespace GenesysCalls.Core.Commands
{
    /// <summary>The problems of contact lists and campaigns, most of them a refusal code of the outbound service (OutboundRefusals).</summary>
    internal static partial class Problems
    {
        public static readonly Problem InvalidContactListId = new Problem("InvalidContactListId", ErrorKind.InvalidArgument,
            "-ContactListId is not an id (a GUID); nothing was sent.", new[] { AddContact });

        public static readonly Problem ContactListNotFound = new Problem("ContactListNotFound", ErrorKind.ObjectNotFound,
            "No contact list has that id; nothing was sent.", new[] { AddContact });

        public static readonly Problem InvalidPhoneNumber = new Problem("InvalidPhoneNumber", ErrorKind.InvalidData,
            "A phone column holds something that cannot be dialled; the row was not sent.", new[] { AddContact });

        public static readonly Problem NoPhoneNumber = new Problem("NoPhoneNumber", ErrorKind.InvalidData,
            "Every phone column of the row is empty; the row was not sent.", new[] { AddContact });

        public static readonly Problem InvalidContactId = new Problem("InvalidContactId", ErrorKind.InvalidData,
            "The contact id has characters the service refuses, or is too long for it.", new[] { AddContact });

        public static readonly Problem MissingContactId = new Problem("MissingContactId", ErrorKind.InvalidData,
            "The row has no property named by -ContactIdProperty, or its cell is blank; the row was not sent.", new[] { AddContact });

        public static readonly Problem DuplicateContactId = new Problem("DuplicateContactId", ErrorKind.InvalidData,
            "An earlier row of the same run has the same contact id; this one was not sent.", new[] { AddContact });

        public static readonly Problem ValueTooLong = new Problem("ValueTooLong", ErrorKind.InvalidArgument,
            "The service refused a value as too long (contact.datum.length.limit.exceeded).", new[] { AddContact });

        public static readonly Problem OrgContactLimit = new Problem("OrgContactLimit", ErrorKind.InvalidArgument,
            "The org holds as many contacts as it may (contacts.per.org.limit.exceeded).", new[] { AddContact });

        public static readonly Problem InvalidColumns = new Problem("InvalidColumns", ErrorKind.InvalidArgument,
            "The list's columns changed while adding (invalid.contact.columns, contact.missing.columns).", new[] { AddContact });

        public static readonly Problem ContactListClearing = new Problem("ContactListClearing", ErrorKind.InvalidArgument,
            "The contact list is being cleared (contact.list.clear.in.progress).", new[] { AddContact });

        public static readonly Problem NoAnswerForRow = new Problem("NoAnswerForRow", ErrorKind.InvalidData,
            "The service accepted the batch but its answer has no contact for this row: it may have been added.", new[] { AddContact });

        public static readonly Problem Blocked = new Problem("Blocked", ErrorKind.PermissionDenied,
            "Genesys has blocked the campaign, or the org from dialling or adding contacts (*.black.listed).",
            new[] { AddContact, StartCampaign, StopCampaign });

        public static readonly Problem ContactListImporting = new Problem("ContactListImporting", ErrorKind.InvalidArgument,
            "The campaign's contact list is still importing (contact.list.import.in.progress).", new[] { StartCampaign });

        public static readonly Problem NoActiveEdges = new Problem("NoActiveEdges", ErrorKind.InvalidArgument,
            "No Edge of the campaign's site or edge group is active (site.has.no.active.edges).", new[] { StartCampaign });

        public static readonly Problem ActiveCampaignsLimit = new Problem("ActiveCampaignsLimit", ErrorKind.InvalidArgument,
            "The org runs as many campaigns as it may (active.campaigns.limit.exceeded).", new[] { StartCampaign });

        public static readonly Problem BadStatusTransition = new Problem("BadStatusTransition", ErrorKind.InvalidArgument,
            "The campaign cannot go to that status from its current one (invalid.update.bad.status.transition).", Campaigns);

        public static readonly Problem MissingCallerId = new Problem("MissingCallerId", ErrorKind.InvalidArgument,
            "The campaign has no caller id name or number, so the service refuses any update of it (missing.caller.id.*).", Campaigns);

        public static readonly Problem CampaignActive = new Problem("CampaignActive", ErrorKind.ResourceUnavailable,
            "The campaign is running and refuses the change (invalid.update.campaign.active).", Campaigns);

        public static readonly Problem VersionConflict = new Problem("VersionConflict", ErrorKind.ResourceUnavailable,
            "Someone else kept changing the campaign: the update still met a newer version after three tries.", Campaigns);
    }
}
