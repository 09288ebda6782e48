using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Model;
using GenesysCalls.Core.Outbound;

namespace GenesysCalls.Core.Commands
{
    /// <summary>Get-OutboundContactList: every list, lists by name (exact or wildcard), or lists by id; one error per id or exact name not
    /// found.</summary>
    public sealed class ContactListReader
    {
        private const string Cmdlet = "GetOutboundContactList";
        private readonly ICommandOutput _output;
        private readonly OutboundApi _api;

        public ContactListReader(ICommandOutput output, GenesysSession session)
        {
            _output = output;
            _api = new OutboundApi(session.Api, new OutputApiLog(output));
        }

        public async Task ByNameAsync(string? name, CancellationToken cancellationToken)
        {
            var pattern = new NamePattern(name ?? "*");
            List<ContactList> found;
            try
            {
                found = (await _api.FindContactListsAsync(pattern.Prefix, cancellationToken).ConfigureAwait(false)).Where(l =>
                    pattern.Matches(l.Name)).ToList();
            }
            catch (GenesysApiException ex)
            {
                _output.WriteError(ApiErrors.From(ex, Cmdlet, name, "Listing contact lists failed"));
                return;
            }

            foreach (var list in found) _output.WriteObject(ToOutput(list));
            if (found.Count == 0 && !pattern.IsWildcard)
            {
                _output.WriteError(new CommandError(Cmdlet + "NotFound", ErrorKind.ObjectNotFound, name, "No contact list is named '"
                    + pattern.Text + "'.")
                { RecommendedAction = "Get-OutboundContactList with no arguments lists them all; -Name takes wildcards." });
            }
        }

        public async Task ByIdAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
        {
            foreach (var raw in ids)
            {
                var id = raw.Trim();
                if (!OutboundApi.IsId(id))
                {
                    _output.WriteError(new CommandError(Cmdlet + "InvalidId", ErrorKind.InvalidArgument, raw, "'" + raw
                        + "' is not a contact list id (a GUID). Nothing was requested for it."));
                    continue;
                }

                try
                {
                    _output.WriteObject(ToOutput(await _api.GetContactListAsync(id, cancellationToken).ConfigureAwait(false)));
                }
                catch (GenesysApiException ex) when (ex.StatusCode == 404)
                {
                    _output.WriteError(new CommandError(Cmdlet + "NotFound", ErrorKind.ObjectNotFound, raw, "No contact list has the id " + id + ".",
                        ex));
                }
                catch (GenesysApiException ex)
                {
                    _output.WriteError(ApiErrors.From(ex, Cmdlet, raw, "Reading contact list " + id + " failed"));
                }
            }
        }

        internal static OutboundContactList ToOutput(ContactList list) => new OutboundContactList(list.Id ?? string.Empty, list.Name ?? string.Empty,
            (list.ColumnNames ?? new List<string>()).ToList(), OutboundApi.PhoneColumns(list), list.Size, list.ImportStatus?.State);
    }
}
