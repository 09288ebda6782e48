using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    /// <summary>Disconnect-GenesysOrg: forgets a session and its tokens (they were only ever in memory).</summary>
    internal sealed class SessionDisconnector : CommandOperation<SessionSelection>
    {
        private readonly ICommandOutput _output;
        private readonly SessionRegistry _registry;

        public SessionDisconnector(ICommandOutput output, SessionRegistry registry)
        {
            _output = output;
            _registry = registry;
        }

        public override Task ProcessAsync(SessionSelection input, CancellationToken cancellationToken)
        {
            Disconnect(input.Session, input.All);
            return Task.CompletedTask;
        }

        private void Disconnect(GenesysSession? session, bool all)
        {
            if (all)
            {
                _registry.Reset();
                _output.WriteVerbose("Disconnected every session.");
                return;
            }

            var target = session ?? _registry.Current;
            if (target == null)
            {
                _output.WriteVerbose("Not connected; nothing to disconnect.");
                return;
            }

            _registry.Remove(target);
            _output.WriteVerbose("Disconnected " + target.Name + "; its tokens are forgotten.");
        }
    }
}
