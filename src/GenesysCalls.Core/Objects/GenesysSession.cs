using System;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Completion;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Outcomes;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls
{
    /// <summary>A connection to one org: who we are, where, and how we signed in. Never shows the token.</summary>
    public sealed class GenesysSession : IDisposable
    {
        internal GenesysSession(string name, GenesysEndpoint endpoint, GenesysApiClient api, SessionIdentity identity, SessionDetails details)
        {
            Name = name;
            Endpoint = endpoint;
            Api = api;
            _identity = identity;
            Details = details;
            details.Api = api;
            IsUserContext = identity.IsUserContext;
            UserId = identity.UserId;
            UserName = identity.UserName;
            UserEmail = identity.UserEmail;
            ConnectedAt = DateTimeOffset.Now;
        }

        private readonly SessionIdentity _identity;

        public string Name { get; }

        public string? Region => Endpoint.Region;

        public Uri ApiBaseUri => Endpoint.ApiBase;

        /// <summary>Read the first time it is shown or needed (GET /api/v2/tokens/me), not when signing in.</summary>
        public string OrganizationId => Details.Get().OrganizationId;

        /// <summary>Read the first time it is shown or needed (GET /api/v2/tokens/me), not when signing in.</summary>
        public string OrganizationName => Details.Get().OrganizationName;

        /// <summary>How the session signed in, as text (ClientCredentials, AuthorizationCodePkce, AccessToken) so ConvertTo-Json writes the
        /// word.</summary>
        public string AuthFlow => Flow.ToString();

        internal AuthFlow Flow => Api.Tokens.Flow;

        /// <summary>True when a user signed in: POST /api/v2/conversations/calls works. False for a service account (client credentials).</summary>
        public bool IsUserContext { get; }

        public string? UserId { get; }

        public string? UserName { get; }

        public string? UserEmail { get; }

        public string? ClientId => _identity.ClientId;

        public string? ClientName => Details.Get().ClientName;

        /// <summary>The OAuth scopes the token carries ("all" when the org does not enforce scopes); read the first time it is needed.</summary>
        public ReadableList<string> Scopes => new ReadableList<string>(Details.Get().Scopes);

        /// <summary>The scopes when they were read already, else null: for deciders that must not spend a request to learn them.</summary>
        internal ReadableList<string>? ScopesIfRead => Details.IsRead ? new ReadableList<string>(_identity.Scopes) : null;

        internal SessionDetails Details { get; }

        /// <summary>The user's email, or the OAuth client's name for a service account.</summary>
        public string Identity => IsUserContext ? UserEmail ?? UserName ?? UserId ?? "(user)" : ClientName ?? ClientId ?? "(client)";

        public DateTimeOffset? ExpiresAt => Api.Tokens.Current is { } token && token.ExpiresAt != DateTimeOffset.MaxValue
            ? token.ExpiresAt.ToLocalTime() : (DateTimeOffset?)null;

        public DateTimeOffset ConnectedAt { get; }

        public bool IsConnected => !_disposed;

        internal GenesysEndpoint Endpoint { get; }

        internal GenesysApiClient Api { get; }

        /// <summary>Wait-OutboundCall commands following this session's calls, told of agents before they dial.</summary>
        internal CallWatchers Watchers { get; } = new CallWatchers();

        /// <summary>The calls placed lately, for completing -ConversationId.</summary>
        internal PlacedCalls Placed { get; } = new PlacedCalls();

        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            Api.Tokens.Forget();
            Api.Dispose();
            Api.Tokens.Dispose();
        }

        /// <summary>Sends no request (tab completion shows it): what is not read yet is named by what is known.</summary>
        public override string ToString() => Name + ": " + (Details.IsRead ? OrganizationName : ApiBaseUri.Host) + " as "
            + (IsUserContext || Details.IsRead ? Identity : ClientId ?? "(client)") + " (" + AuthFlow + ")";
    }
}
