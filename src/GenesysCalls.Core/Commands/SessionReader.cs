using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Outbound;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    /// <summary>Get-GenesysSession: the current session, a named one, all of them, or (opt-in) the token as a SecureString.</summary>
    internal sealed class SessionReader : CommandOperation<SessionSelection>
    {
        private readonly ICommandOutput _output;
        private readonly SessionRegistry _registry;

        public SessionReader(ICommandOutput output, SessionRegistry registry)
        {
            _output = output;
            _registry = registry;
        }

        public override Task ProcessAsync(SessionSelection input, CancellationToken cancellationToken) =>
            input.All ? AllAsync(cancellationToken)
            : input.Name != null ? NamedAsync(input.Name, input.AsSecureString, cancellationToken)
            : CurrentAsync(input.AsSecureString, cancellationToken);

        private Task CurrentAsync(bool asSecureString, CancellationToken cancellationToken)
        {
            var session = _registry.Current;
            if (session == null)
            {
                NotConnected("Not connected to Genesys Cloud. Run Connect-GenesysOrg first.", null);
                return Task.CompletedTask;
            }

            return WriteAsync(session, asSecureString, cancellationToken);
        }

        /// <summary>The sessions a name or wildcard matches (as Get-Process -Name): a pattern matching none is no error, a name is.</summary>
        private async Task NamedAsync(string name, bool asSecureString, CancellationToken cancellationToken)
        {
            var pattern = new NamePattern(name);
            var matches = _registry.All.Where(session => pattern.Matches(session.Name)).ToList();
            foreach (var session in matches) await WriteAsync(session, asSecureString, cancellationToken).ConfigureAwait(false);
            if (matches.Count > 0 || pattern.IsWildcard) return;
            var names = _registry.All.Select(session => "'" + session.Name + "'").ToList();
            _output.WriteError(new CommandError(Problems.Service.NotFound, name, "There is no session named '" + pattern.Text
                + "'. " + (names.Count == 0 ? "There are no sessions." : "Sessions: " + string.Join(", ", names) + "."))
            {
                RecommendedAction = names.Count == 0 ? "Connect with Connect-GenesysOrg -Name '" + pattern.Text + "'."
                    : "Use one of the names above, or a wildcard (Get-GenesysSession -Name 'Prod*').",
            });
        }

        private async Task AllAsync(CancellationToken cancellationToken)
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

            var token = ConnectedOrg.Find(session)?.Api.Tokens.Current;
            if (token == null) NotConnected("The session '" + session.Name + "' holds no token right now.", session.Name);
            else _output.WriteObject(SecretText.Protect(token.Value));
        }

        /// <summary>The view shows the org's name: read it (once per session) where -Verbose can say so, not inside the formatter.</summary>
        private async Task WriteWithDetailsAsync(GenesysSession session, CancellationToken cancellationToken)
        {
            try
            {
                if (ConnectedOrg.Find(session) is { } org)
                {
                    await org.Details.ReadAsync(new OutputApiLog(_output), "for the session view", cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Http.GenesysApiException ex)
            {
                _output.WriteVerbose("The session's details could not be read (" + ex.Message + "); they are tried again next time.");
            }

            _output.WriteObject(session);
        }

        private void NotConnected(string message, object? target) =>
            _output.WriteError(new CommandError(Problems.NoSessionToShow, target, message));
    }
}
