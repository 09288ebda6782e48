using System.Linq;
using System.Management.Automation;
using System.Security;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsCommon.Get, "GenesysSession", DefaultParameterSetName = CurrentSet)]
    [OutputType(typeof(GenesysSession))]
    [OutputType(typeof(SecureString), ParameterSetName = new[] { CurrentSet, NameSet })]
    public sealed class GetGenesysSessionCommand : GenesysCmdlet
    {
        private const string CurrentSet = "Current";
        private const string NameSet = "Name";
        private const string AllSet = "All";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = NameSet)]
        [ArgumentCompleter(typeof(SessionNameCompleter))]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        public string[] Name { get; set; } = new string[0];

        [Parameter(Mandatory = true, ParameterSetName = AllSet)]
        public SwitchParameter All { get; set; }

        /// <summary>Opt-in: the session's current access token, as a SecureString, instead of the session.</summary>
        [Parameter(ParameterSetName = CurrentSet)]
        [Parameter(ParameterSetName = NameSet)]
        public SwitchParameter AsSecureString { get; set; }

        internal override CommandRun Begin() => CommandRun.Of(new SessionReader(Output, SessionRegistry.Process), () => ParameterSetName switch
        {
            AllSet => new[] { SessionSelection.Every() },
            NameSet => Name.Select(name => SessionSelection.Named(name, AsSecureString)),
            _ => new[] { SessionSelection.Current(AsSecureString) },
        });
    }
}
