using System.Management.Automation;
using GenesysCalls.Cmdlets.Binding;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsCommunications.Disconnect, "GenesysOrg", DefaultParameterSetName = SessionSet)]
    [OutputType(typeof(void))]
    public sealed class DisconnectGenesysOrgCommand : GenesysCmdlet
    {
        private const string SessionSet = "Session";
        private const string AllSet = "All";

        /// <summary>The session to forget; the current one when omitted.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ParameterSetName = SessionSet)]
        [SessionTransformation]
        [ArgumentCompleter(typeof(SessionNameCompleter))]
        public GenesysSession? Session { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = AllSet)]
        public SwitchParameter All { get; set; }

        internal override CommandRun Begin() => CommandRun.Of(new SessionDisconnector(Output, SessionRegistry.Process),
            () => new[] { All ? SessionSelection.Every() : SessionSelection.Of(Session) });
    }
}
