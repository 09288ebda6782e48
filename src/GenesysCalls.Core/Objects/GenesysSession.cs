using System;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls
{
    /// <summary>
    /// A connection to one org as people see it: who we are, where, and how we signed in. Never shows the token. What it
    /// works with (the API client, the calls placed, Wait-OutboundCall's handoff) is a ConnectedOrg the registry holds.
    /// </summary>
    public sealed class GenesysSession : IDisposable
    {
        internal GenesysSession(string name, GenesysEndpoint endpoint, AuthFlow flow, SessionIdentity identity, ISessionFacts facts)
        {
            Name = name;
            Region = endpoint.Region;
            ApiBaseUri = endpoint.ApiBase;
            Flow = flow;
            _identity = identity;
            _facts = facts;
            IsUserContext = identity.IsUserContext;
            UserId = identity.UserId;
            UserName = identity.UserName;
            UserEmail = identity.UserEmail;
            ConnectedAt = DateTimeOffset.Now;
        }

        private readonly SessionIdentity _identity;
        private readonly ISessionFacts _facts;

        public string Name { get; }

        public string? Region { get; }

        public Uri ApiBaseUri { get; }

        /// <summary>Read the first time it is shown or needed (GET /api/v2/tokens/me), not when signing in.</summary>
        public string OrganizationId => _facts.Get().OrganizationId;

        /// <summary>Read the first time it is shown or needed (GET /api/v2/tokens/me), not when signing in.</summary>
        public string OrganizationName => _facts.Get().OrganizationName;

        /// <summary>How the session signed in, as text (ClientCredentials, AuthorizationCodePkce, AccessToken) so ConvertTo-Json writes the
        /// word.</summary>
        public string AuthFlow => Flow.ToString();

        internal AuthFlow Flow { get; }

        /// <summary>True when a user signed in: POST /api/v2/conversations/calls works. False for a service account (client credentials).</summary>
        public bool IsUserContext { get; }

        public string? UserId { get; }

        public string? UserName { get; }

        public string? UserEmail { get; }

        public string? ClientId => _identity.ClientId;

        public string? ClientName => _facts.Get().ClientName;

        /// <summary>The OAuth scopes the token carries ("all" when the org does not enforce scopes); read the first time it is needed.</summary>
        public ReadableList<string> Scopes => new ReadableList<string>(_facts.Get().Scopes);

        /// <summary>The scopes when they were read already, else null: for deciders that must not spend a request to learn them.</summary>
        internal ReadableList<string>? ScopesIfRead => _facts.IsRead ? new ReadableList<string>(_identity.Scopes) : null;

        /// <summary>The user's email, or the OAuth client's name for a service account.</summary>
        public string Identity => IsUserContext ? UserEmail ?? UserName ?? UserId ?? "(user)" : ClientName ?? ClientId ?? "(client)";

        public DateTimeOffset? ExpiresAt => _facts.TokenExpiresAt;

        public DateTimeOffset ConnectedAt { get; }

        public bool IsConnected => ConnectedOrg.Find(this) != null;

        /// <summary>Forgets the tokens and closes the client, as Disconnect-GenesysOrg does (which also unlists the session).</summary>
        public void Dispose() => ConnectedOrg.Find(this)?.Dispose();

        /// <summary>Sends no request (tab completion shows it): what is not read yet is named by what is known.</summary>
        public override string ToString() => Name + ": " + (_facts.IsRead ? OrganizationName : ApiBaseUri.Host) + " as "
            + (IsUserContext || _facts.IsRead ? Identity : ClientId ?? "(client)") + " (" + AuthFlow + ")";
    }
}
