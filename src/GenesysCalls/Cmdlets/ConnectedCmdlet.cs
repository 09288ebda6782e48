using System.Management.Automation;
using GenesysCalls.Cmdlets.Binding;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Cmdlets
{
    /// <summary>A cmdlet that talks to an org: -Session (an object or a name), else the current session.</summary>
    public abstract class ConnectedCmdlet : GenesysCmdlet
    {
        [Parameter]
        [SessionTransformation]
        [ArgumentCompleter(typeof(SessionNameCompleter))]
        public GenesysSession? Session { get; set; }

        /// <summary>The session to use, or a terminating &lt;Cmdlet&gt;NotConnected error.</summary>
        internal GenesysSession ResolveSession() => SessionResolver.Resolve(Session, SessionRegistry.Process);
    }
}
