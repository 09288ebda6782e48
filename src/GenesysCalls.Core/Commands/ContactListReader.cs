using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Model;
using GenesysCalls.Core.Outbound;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    /// <summary>Get-OutboundContactList: every list, lists by name (exact or wildcard), or lists by id; one error per id or exact name not
    /// found.</summary>
    internal sealed class ContactListReader : CommandOperation<NameOrIds>
    {
        private readonly ICommandOutput _output;
        private readonly EntityLookup<ContactList> _lookup;

        public ContactListReader(ICommandOutput output, GenesysSession session)
        {
            _output = output;
            var api = new OutboundApi(ConnectedOrg.Of(session).Api, new OutputApiLog(output));
            _lookup = new EntityLookup<ContactList>(output, "Get-OutboundContactList", "contact list", api.FindContactListsAsync,
                api.GetContactListAsync, l => l.Name);
        }

        public override Task ProcessAsync(NameOrIds input, CancellationToken cancellationToken) => input.Ids == null
            ? _lookup.ByNameAsync(input.Name, Write, cancellationToken)
            : _lookup.ByIdAsync(input.Ids, Write, cancellationToken);

        private Task Write(ContactList list, object? target)
        {
            _output.WriteObject(ToOutput(list));
            return Task.CompletedTask;
        }

        internal static OutboundContactList ToOutput(ContactList list) => new OutboundContactList(list.Id ?? string.Empty, list.Name ?? string.Empty,
            (list.ColumnNames ?? new List<string>()).ToList(), OutboundApi.PhoneColumns(list), list.Size, list.ImportStatus?.State);
    }
}
