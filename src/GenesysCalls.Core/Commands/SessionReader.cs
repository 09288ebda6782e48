using GenesysCalls.Core.Auth;
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

        public void Named(string name, bool asSecureString)
        {
            var session = _registry.Find(name);
            if (session == null) NotConnected("There is no session named '" + name + "'. Get-GenesysSession -All lists them.", name);
            else Write(session, asSecureString);
        }

        public void All()
        {
            foreach (var session in _registry.All) WriteWithDetails(session);
        }

        private void Write(GenesysSession session, bool asSecureString)
        {
            if (!asSecureString)
            {
                WriteWithDetails(session);
                return;
            }

            var token = session.Api.Tokens.Current;
            if (token == null) NotConnected("The session '" + session.Name + "' holds no token right now.", session.Name);
            else _output.WriteObject(SecretText.Protect(token.Value));
        }

        /// <summary>The view shows the org's name: read it (once per session) where -Verbose can say so, not inside the formatter.</summary>
        private void WriteWithDetails(GenesysSession session)
        {
            try
            {
                session.Details.ReadAsync(new OutputApiLog(_output), "for the session view", System.Threading.CancellationToken.None)
                    .GetAwaiter().GetResult();
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
