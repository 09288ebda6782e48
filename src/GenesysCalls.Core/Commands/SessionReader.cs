using System.Linq;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Outbound;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    /// <summary>Get-GenesysSession: the current session, a named one, all of them, or (opt-in) the token as a SecureString.</summary>
    public sealed class SessionReader
    {
        private const string Cmdlet = "GetGenesysSession";
        private readonly ICommandOutput _output;
        private readonly SessionRegistry _registry;

        public SessionReader(ICommandOutput output, SessionRegistry registry)
        {
            _output = output;
            _registry = registry;
        }

        public void Current(bool asSecureString)
        {
            var session = _registry.Current;
            if (session == null)
            {
                NotConnected("Not connected to Genesys Cloud. Run Connect-GenesysOrg first.", null);
                return;
            }

            Write(session, asSecureString);
        }

        /// <summary>The sessions a name or wildcard matches (as Get-Process -Name): a pattern matching none is no error, a name is.</summary>
        public void Named(string name, bool asSecureString)
        {
            var pattern = new NamePattern(name);
            var matches = _registry.All.Where(session => pattern.Matches(session.Name)).ToList();
            foreach (var session in matches) Write(session, asSecureString);
            if (matches.Count > 0 || pattern.IsWildcard) return;
            var names = _registry.All.Select(session => "'" + session.Name + "'").ToList();
            _output.WriteError(new CommandError(Cmdlet + "NotFound", ErrorKind.ObjectNotFound, name, "There is no session named '" + pattern.Text
                + "'. " + (names.Count == 0 ? "There are no sessions." : "Sessions: " + string.Join(", ", names) + "."))
            {
                RecommendedAction = names.Count == 0 ? "Connect with Connect-GenesysOrg -Name '" + pattern.Text + "'."
                    : "Use one of the names above, or a wildcard (Get-GenesysSession -Name 'Prod*').",
            });
        }

        public void All()
        {
            foreach (var session in _registry.All) _output.WriteObject(session);
        }

        private void Write(GenesysSession session, bool asSecureString)
        {
            if (!asSecureString)
            {
                _output.WriteObject(session);
                return;
            }

            var token = session.Api.Tokens.Current;
            if (token == null) NotConnected("The session '" + session.Name + "' holds no token right now.", session.Name);
            else _output.WriteObject(SecretText.Protect(token.Value));
        }

        private void NotConnected(string message, object? target) =>
            _output.WriteError(new CommandError(Cmdlet + "NotConnected", ErrorKind.ObjectNotFound, target, message));
    }
}
