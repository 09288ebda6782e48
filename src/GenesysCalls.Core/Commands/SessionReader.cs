using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    /// <summary>Get-GenesysSession: the current session, a named one, all of them, or (opt-in) the token as a SecureString.</summary>
    internal sealed class SessionReader
    {
        private const string Cmdlet = "GetGenesysSession";
        private readonly ICommandOutput _output;
        private readonly SessionRegistry _registry;

        public SessionReader(ICommandOutput output, SessionRegistry registry)
        {
            _output = output;
            _registry = registry;
        }

        public Task CurrentAsync(bool asSecureString, CancellationToken cancellationToken)
        {
            var session = _registry.Current;
            if (session == null)
            {
                NotConnected("Not connected to Genesys Cloud. Run Connect-GenesysOrg first.", null);
                return Task.CompletedTask;
            }

            return WriteAsync(session, asSecureString, cancellationToken);
        }

        public Task NamedAsync(string name, bool asSecureString, CancellationToken cancellationToken)
        {
            var session = _registry.Find(name);
            if (session != null) return WriteAsync(session, asSecureString, cancellationToken);
            NotConnected("There is no session named '" + name + "'. Get-GenesysSession -All lists them.", name);
            return Task.CompletedTask;
        }

        public async Task AllAsync(CancellationToken cancellationToken)
        {
            foreach (var session in _registry.All) await WriteWithDetailsAsync(session, cancellationToken).ConfigureAwait(false);
        }

        private async Task WriteAsync(GenesysSession session, bool asSecureString, CancellationToken cancellationToken)
        {
            if (!asSecureString)
            {
                await WriteWithDetailsAsync(session, cancellationToken).ConfigureAwait(false);
                return;
            }

            var token = session.Api.Tokens.Current;
            if (token == null) NotConnected("The session '" + session.Name + "' holds no token right now.", session.Name);
            else _output.WriteObject(SecretText.Protect(token.Value));
        }

        /// <summary>The view shows the org's name: read it (once per session) where -Verbose can say so, not inside the formatter.</summary>
        private async Task WriteWithDetailsAsync(GenesysSession session, CancellationToken cancellationToken)
        {
            try
            {
                await session.Details.ReadAsync(new OutputApiLog(_output), "for the session view", cancellationToken).ConfigureAwait(false);
            }
            catch (Http.GenesysApiException ex)
            {
                _output.WriteVerbose("The session's details could not be read (" + ex.Message + "); they are tried again next time.");
            }

            _output.WriteObject(session);
        }

        private void NotConnected(string message, object? target) =>
            _output.WriteError(new CommandError(Cmdlet + "NotConnected", ErrorKind.ObjectNotFound, target, message));
    }
}
