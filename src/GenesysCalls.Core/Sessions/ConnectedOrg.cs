using System;
using System.Runtime.CompilerServices;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Outcomes;

namespace GenesysCalls.Core.Sessions
{
    /// <summary>
    /// What a signed-in session works with, kept out of the object people see: the API client and its tokens, the details
    /// read lazily, and the handoff from New-OutboundCall to Wait-OutboundCall. The registry holds it; commands are handed
    /// the public session and find it here.
    /// </summary>
    internal sealed class ConnectedOrg : IDisposable
    {
        private static readonly ConditionalWeakTable<GenesysSession, ConnectedOrg> BySession =
            new ConditionalWeakTable<GenesysSession, ConnectedOrg>();

        public ConnectedOrg(string name, GenesysEndpoint endpoint, GenesysApiClient api, SessionIdentity identity, SessionDetails details)
        {
            Endpoint = endpoint;
            Api = api;
            Details = details;
            Session = new GenesysSession(name, endpoint, api.Tokens.Flow, identity, details);
            lock (BySession) BySession.Add(Session, this);
        }

        public GenesysSession Session { get; }

        public GenesysEndpoint Endpoint { get; }

        public GenesysApiClient Api { get; }

        public SessionDetails Details { get; }

        /// <summary>How Wait-OutboundCall hears of New-OutboundCall's agents and calls on this session.</summary>
        public CallHandoff Handoff { get; } = new CallHandoff();

        /// <summary>The services of a connected session, else null (disconnected).</summary>
        public static ConnectedOrg? Find(GenesysSession session)
        {
            lock (BySession) return BySession.TryGetValue(session, out var org) ? org : null;
        }

        /// <summary>
        /// The services of the session a command was handed. Commands get sessions through SessionResolver, which refuses a
        /// disconnected one with NotConnected; one disconnected since fails as its closed client would.
        /// </summary>
        public static ConnectedOrg Of(GenesysSession session) =>
            Find(session) ?? throw new ObjectDisposedException(nameof(GenesysSession), "The session '" + session.Name + "' was disconnected.");

        /// <summary>Disconnects: the tokens are forgotten (they were only ever in memory) and the client closed.</summary>
        public void Dispose()
        {
            lock (BySession)
            {
                if (!BySession.TryGetValue(Session, out _)) return;
                BySession.Remove(Session);
            }

            Api.Tokens.Forget();
            Api.Dispose();
            Api.Tokens.Dispose();
        }
    }
}
