using System.Management.Automation;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsCommon.Get, "OutboundContactList", DefaultParameterSetName = NameSet)]
    [OutputType(typeof(OutboundContactList))]
    public sealed class GetOutboundContactListCommand : ConnectedCmdlet
    {
        private const string NameSet = "Name";
        private const string IdSet = "Id";

        [Parameter(Position = 0, ParameterSetName = NameSet)]
        [ArgumentCompleter(typeof(ContactListNameCompleter))]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = IdSet)]
        [Alias("ContactListId")]
        [ArgumentCompleter(typeof(ContactListIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        internal override CommandRun Begin() => CommandRun.Of(new ContactListReader(Output, ResolveSession()),
            () => new[] { ParameterSetName == IdSet ? NameOrIds.ById(Id) : NameOrIds.ByName(Name) });
    }
}
