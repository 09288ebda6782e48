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

        protected override void EndProcessing()
        {
            var command = new SessionReader(Output, SessionRegistry.Process);
            switch (ParameterSetName)
            {
                case AllSet:
                    RunAsync(command.AllAsync);
                    break;
                case NameSet:
                    RunAsync(async token => { foreach (var name in Name) await command.NamedAsync(name, AsSecureString, token); });
                    break;
                default:
                    RunAsync(token => command.CurrentAsync(AsSecureString, token));
                    break;
            }
        }
    }
}
