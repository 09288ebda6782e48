using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;

namespace GenesysCalls.Core.Sessions
{
    /// <summary>
    /// What a session knows only by asking (the org's id and name, the OAuth client's name, the token's scopes): read once,
    /// the first time something shows or needs it, never on the sign-in itself. GET /api/v2/tokens/me carries all of it; when
    /// that is refused, GET /api/v2/organizations/me gives the org and the scopes stay unknown (empty).
    /// </summary>
    internal sealed class SessionDetails : ISessionFacts
    {
        private readonly object _gate = new object();
        private readonly SessionIdentity _identity;
        private readonly GenesysApiClient _api;
        private Task? _reading;

        public SessionDetails(SessionIdentity identity, GenesysApiClient api)
        {
            _identity = identity;
            _api = api;
        }

        public DateTimeOffset? TokenExpiresAt => _api.Tokens.Current is { } token && token.ExpiresAt != DateTimeOffset.MaxValue
            ? token.ExpiresAt.ToLocalTime() : (DateTimeOffset?)null;

        public bool IsRead => _reading != null && _reading.Status == TaskStatus.RanToCompletion;

        /// <summary>The identity, read first if it was not; a read that fails leaves the fields as they were and is tried again next time.</summary>
        public SessionIdentity Get()
        {
            try
            {
                ReadAsync(NullApiLog.Instance, null, CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (GenesysApiException)
            {
            }

            return _identity;
        }

        /// <summary>Reads the details unless they were read; <paramref name="why"/> goes to -Verbose with what is read.</summary>
        public Task ReadAsync(IApiLog log, string? why, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (_reading == null || _reading.IsFaulted || _reading.IsCanceled)
                {
                    if (why != null) log.Verbose("Reading the organization, the OAuth client and the token's scopes (GET /api/v2/tokens/me) "
                        + why + ", once for this session.");
                    _reading = ReadCoreAsync(log, cancellationToken);
                }

                return _reading;
            }
        }

        private async Task ReadCoreAsync(IApiLog log, CancellationToken cancellationToken)
        {
            var api = _api;
            try
            {
                var token = (await api.SendAsync(ApiRequest.Get("/api/v2/tokens/me"), GenesysJsonContext.Default.TokenInfo, log, cancellationToken)
                    .ConfigureAwait(false)).Value;
                Apply(token);
                if (!string.IsNullOrEmpty(_identity.OrganizationName)) return;
            }
            catch (GenesysApiException ex) when (ex.StatusCode == 403 || ex.StatusCode == 404)
            {
                log.Verbose("GET /api/v2/tokens/me was refused (" + ex.Code + "): the session will not list scopes; reading the organization "
                    + "instead (GET /api/v2/organizations/me).");
            }

            var organization = (await api.SendAsync(ApiRequest.Get("/api/v2/organizations/me"), GenesysJsonContext.Default.Organization, log,
                cancellationToken).ConfigureAwait(false)).Value;
            _identity.OrganizationId = organization.Id ?? string.Empty;
            _identity.OrganizationName = organization.Name ?? "Genesys Cloud org";
        }

        /// <summary>Takes what a token read says (sign-in with -AccessToken reads it anyway).</summary>
        public void Apply(Model.TokenInfo token)
        {
            _identity.ClientId = token.OAuthClient?.Id ?? _identity.ClientId;
            _identity.ClientName = token.OAuthClient?.Name;
            _identity.Scopes = token.AuthorizedScope?.ToArray() ?? new string[0];
            if (!string.IsNullOrEmpty(token.Organization?.Name))
            {
                _identity.OrganizationId = token.Organization!.Id ?? string.Empty;
                _identity.OrganizationName = token.Organization.Name!;
                lock (_gate) _reading ??= Task.CompletedTask;
            }
        }
    }
}
