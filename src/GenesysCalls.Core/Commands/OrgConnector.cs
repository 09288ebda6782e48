using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Model;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    /// <summary>Connect-GenesysOrg: sign in, learn who we are (org, user or client), register the session.</summary>
    internal sealed class OrgConnector : CommandOperation<ConnectRequest>
    {
        public const string ClientIdVariable = "GENESYSCLOUD_OAUTHCLIENT_ID";
        public const string ClientSecretVariable = "GENESYSCLOUD_OAUTHCLIENT_SECRET";
        public const string RegionVariable = "GENESYSCLOUD_REGION";
        private static readonly Uri DefaultRedirectUri = new Uri("http://localhost:8085/");

        private readonly ICommandOutput _output;
        private readonly SessionRegistry _registry;

        public OrgConnector(ICommandOutput output, SessionRegistry registry)
        {
            _output = output;
            _registry = registry;
        }

        public Func<string, string?> Environment { get; set; } = System.Environment.GetEnvironmentVariable;

        internal IBrowserLauncher Browser { get; set; } = new SystemBrowserLauncher();

        internal RetryPolicy RetryPolicy { get; set; } = new RetryPolicy();

        public override Task ProcessAsync(ConnectRequest input, CancellationToken cancellationToken) => ConnectAsync(input, cancellationToken);

        /// <summary>Signs in, registers the session, and returns it.</summary>
        internal async Task<GenesysSession> ConnectAsync(ConnectRequest request, CancellationToken cancellationToken)
        {
            ApplyEnvironment(request);
            var endpoint = ResolveEndpoint(request);
            var http = HttpClientFactory.Create(endpoint, "GenesysCalls/" + ModuleInfo.Version + " " + request.HostDescription);
            var tokens = new TokenManager(CreateTokenSource(request, endpoint, http));
            var api = new GenesysApiClient(http, endpoint.ApiBase, tokens, RetryPolicy);
            var log = new OutputApiLog(_output);
            try
            {
                _output.WriteVerbose("Signing in to " + endpoint.ApiBase + " with " + tokens.Flow + (request.ClientId != null ? " (client id "
                    + request.ClientId + ")" : string.Empty) + ".");
                if (tokens.Flow == AuthFlow.ClientCredentials) _output.WriteVerbose(LoginMetadata.Describe(endpoint.LoginBase, endpoint.Region));
                await tokens.GetAsync(cancellationToken).ConfigureAwait(false);
                var (identity, details) = await ReadIdentityAsync(api, tokens.Flow, request.ClientId, log, cancellationToken).ConfigureAwait(false);
                var org = new ConnectedOrg(request.Name ?? _registry.UniqueName(DefaultName(endpoint)), endpoint, api, identity, details);
                var session = org.Session;
                if (request.Name != null && _registry.Find(request.Name) is { } previous)
                {
                    _output.WriteVerbose("Replacing the session '" + previous.Name + "' (" + previous.ApiBaseUri + ") with the new one.");
                    _registry.Remove(previous);
                }

                _registry.Add(org);
                _output.WriteVerbose("Connected to " + endpoint.ApiBase + " as " + (session.IsUserContext ? session.Identity + " (user context)."
                    : "client " + request.ClientId + " (service account: calls are placed on behalf of agents)."));
                if (request.PassThru)
                {
                    await details.ReadAsync(log, "for the session -PassThru writes", cancellationToken).ConfigureAwait(false);
                    _output.WriteObject(session);
                }
                else if (!details.IsRead)
                {
                    _output.WriteVerbose("Not read now: the organization's name and the token's scopes (one request, the first time something shows "
                        + "or needs them, such as Get-GenesysSession).");
                }

                return session;
            }
            catch (AuthenticationFailedException ex)
            {
                api.Dispose();
                var error = ApiErrors.From(ex, request.ClientId);
                error.RecommendedAction = ex.RecommendedAction ?? (ex.LoginHostUnreachable ? SignInAdvice.Unreachable(endpoint.LoginBase.Host)
                    : SignInAdvice.CredentialsRefused(endpoint.Region ?? endpoint.LoginBase.Host));
                throw new CommandTerminatingException(error);
            }
            catch (GenesysApiException ex)
            {
                api.Dispose();
                var error = ex.StatusCode == 401
                    ? new CommandError(Problems.AuthenticationFailed, request.ClientId,
                        "The service rejected the token: " + ex.Message, ex)
                    : ApiErrors.From(ex, endpoint.ApiBase.ToString(), "Signed in, but reading the organization failed");
                throw new CommandTerminatingException(error);
            }
            catch
            {
                api.Dispose();
                throw;
            }
        }

        private void ApplyEnvironment(ConnectRequest request)
        {
            if (request.Region == null && request.BaseUri == null)
            {
                request.Region = Environment(RegionVariable);
            }

            if (request.Flow != null) return;
            if (string.IsNullOrEmpty(request.ClientId)) request.ClientId = Environment(ClientIdVariable);
            var secret = Environment(ClientSecretVariable);
            if (string.IsNullOrEmpty(request.ClientId) || string.IsNullOrEmpty(secret))
            {
                throw Terminating(Problems.MissingCredentials,
                    "No credentials given. Pass -ClientId and -ClientSecret (or -Credential), use -Interactive or -AccessToken, or set "
                    + (string.IsNullOrEmpty(request.ClientId) ? ClientIdVariable + " and " : string.Empty) + ClientSecretVariable + ".");
            }

            request.ClientSecret = SecretText.Protect(secret!);
            request.Flow = AuthFlow.ClientCredentials;
        }

        private GenesysEndpoint ResolveEndpoint(ConnectRequest request)
        {
            try
            {
                if (request.BaseUri != null && request.Region != null && request.Region != Environment(RegionVariable))
                {
                    throw new EndpointException("Use either -Region or -BaseUri, not both.");
                }

                if (request.BaseUri != null) return GenesysEndpoint.ForBaseUri(request.BaseUri, request.SkipCertificateCheck);
                if (!string.IsNullOrWhiteSpace(request.Region)) return GenesysEndpoint.ForRegion(request.Region!, request.SkipCertificateCheck);
                throw new EndpointException("Say where the org is: -Region (such as us-east-1 or mypurecloud.ie), -BaseUri, or the "
                    + RegionVariable + " environment variable.");
            }
            catch (EndpointException ex)
            {
                throw Terminating(Problems.InvalidTarget, ex.Message, request.BaseUri?.ToString() ?? request.Region);
            }
        }

        private ITokenSource CreateTokenSource(ConnectRequest request, GenesysEndpoint endpoint, System.Net.Http.HttpClient http)
        {
            switch (request.Flow)
            {
                case AuthFlow.ClientCredentials:
                    if (string.IsNullOrWhiteSpace(request.ClientId) || request.ClientSecret == null || request.ClientSecret.Length == 0)
                    {
                        throw Terminating(Problems.MissingCredentials,
                            "Client credentials need both a client id and a client secret.");
                    }

                    return ClientCredentials(http, endpoint, request.ClientId!, request.ClientSecret);
                case AuthFlow.AuthorizationCodePkce:
                    if (string.IsNullOrWhiteSpace(request.ClientId))
                    {
                        throw Terminating(Problems.MissingCredentials,
                            "-Interactive needs -ClientId: the id of an OAuth client with the Code grant and this redirect URI.");
                    }

                    return new PkceTokenSource(new OAuthTokenClient(http, endpoint.LoginBase), endpoint.LoginBase, request.ClientId!,
                        request.RedirectUri ?? DefaultRedirectUri, TimeSpan.FromSeconds(Math.Max(1, request.TimeoutSec)), Browser);
                case AuthFlow.AccessToken:
                    if (request.AccessToken == null || request.AccessToken.Length == 0)
                    {
                        throw Terminating(Problems.MissingCredentials, "-AccessToken is empty.");
                    }

                    // A token read from a file usually ends with a newline; inner white space cannot be part of a bearer token.
                    var token = SecretText.Reveal(request.AccessToken).Trim();
                    if (token.Length == 0 || token.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
                    {
                        throw Terminating(Problems.InvalidAccessToken,
                            "-AccessToken is not a bearer token: it is empty or holds spaces or line breaks inside it.",
                            recommendedAction: "Pass only the token, for example (Get-Content ./token.txt -Raw).Trim() | ConvertTo-SecureString "
                                + "-AsPlainText -Force.");
                    }

                    return new StaticTokenSource(token, null);
                default:
                    throw new InvalidOperationException("Unhandled flow " + request.Flow);
            }
        }

        /// <summary>Kept out of line so that MSAL loads only when client credentials are really used.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static ITokenSource ClientCredentials(System.Net.Http.HttpClient http, GenesysEndpoint endpoint, string clientId,
            System.Security.SecureString secret) =>
            new ClientCredentialsTokenSource(http, endpoint.LoginBase, clientId, secret, endpoint.Region);

        /// <summary>The session's default name: known without asking (the org's name would cost a request on every sign-in).</summary>
        private static string DefaultName(GenesysEndpoint endpoint) => endpoint.Region ?? endpoint.ApiBase.Authority;

        /// <summary>
        /// Only what decides behaviour is read here: nothing for client credentials (a service account), the user for -Interactive,
        /// the token for -AccessToken (whose it is decides the call endpoint). The rest is read lazily by <see cref="SessionDetails"/>.
        /// </summary>
        private static async Task<(SessionIdentity, SessionDetails)> ReadIdentityAsync(GenesysApiClient api, AuthFlow flow, string? clientId,
            IApiLog log, CancellationToken cancellationToken)
        {
            var identity = new SessionIdentity { ClientId = clientId };
            var details = new SessionDetails(identity, api);
            var userContext = flow == AuthFlow.AuthorizationCodePkce;
            if (flow == AuthFlow.AccessToken)
            {
                try
                {
                    log.Verbose("Reading the token (GET /api/v2/tokens/me): whether it is a user's or a service account's decides how calls are "
                        + "placed.");
                    var token = (await api.SendAsync(ApiRequest.Get("/api/v2/tokens/me"), GenesysJsonContext.Default.TokenInfo, log,
                        cancellationToken).ConfigureAwait(false)).Value;
                    details.Apply(token);
                    userContext = token.OAuthClient?.AuthorizedGrantType != "CLIENT-CREDENTIALS";
                }
                catch (GenesysApiException ex) when (ex.StatusCode == 403 || ex.StatusCode == 404)
                {
                    log.Verbose("GET /api/v2/tokens/me was refused (" + ex.Code + "); taking the token for a user's.");
                    userContext = true;
                }
            }

            if (userContext)
            {
                try
                {
                    var me = (await api.SendAsync(ApiRequest.Get("/api/v2/users/me"), GenesysJsonContext.Default.User, log,
                        cancellationToken).ConfigureAwait(false)).Value;
                    identity.UserId = me.Id;
                    identity.UserName = me.Name;
                    identity.UserEmail = me.Email;
                }
                catch (GenesysApiException ex) when (ex.Code == "not.a.user")
                {
                    userContext = false;
                }
            }

            identity.IsUserContext = userContext;
            return (identity, details);
        }

        private static CommandTerminatingException Terminating(Problem problem, string message, object? target = null,
            string? recommendedAction = null) =>
            new CommandTerminatingException(new CommandError(problem, target, message) { RecommendedAction = recommendedAction });
    }
}
