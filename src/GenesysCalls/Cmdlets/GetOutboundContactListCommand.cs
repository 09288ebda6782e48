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
        private ContactListReader? _command;

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

        protected override void BeginProcessing() => Run(() =>
            _command = new ContactListReader(Output, ResolveSession()));

        protected override void ProcessRecord() => RunAsync(token =>
            ParameterSetName == IdSet ? _command!.ByIdAsync(Id, token) : _command!.ByNameAsync(Name, token));
    }
}
