using System;
using System.Net.Http;
using System.Security;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.Extensibility;

namespace GenesysCalls.Core.Auth
{
    /// <summary>
    /// Client credentials through MSAL. Genesys publishes RFC 8414 metadata but no OpenID discovery document and
    /// wants HTTP Basic client authentication without scope: the HTTP handler answers MSAL's discovery from
    /// <see cref="LoginMetadata"/> and OnBeforeTokenRequest reshapes the request. MSAL accepts only https authorities, so a
    /// loopback http login host (the emulator's --http-port) is given to MSAL as https and sent as http by the handler.
    /// Only this class touches MSAL, so MSAL loads only on this path.
    /// </summary>
    internal sealed class ClientCredentialsTokenSource : ITokenSource
    {
        private static readonly string[] Scopes = { "genesys-cloud" };
        private readonly HttpClient _http;
        private readonly Uri _loginBase;
        private readonly string _clientId;
        private readonly SecureString _secret;
        private readonly string _loginHost;
        private readonly string _regionOrHost;
        private IConfidentialClientApplication? _app;

        public ClientCredentialsTokenSource(HttpClient http, Uri loginBase, string clientId, SecureString secret, string? region = null)
        {
            _http = http;
            _loginBase = loginBase;
            _clientId = clientId;
            _secret = secret;
            _loginHost = loginBase.Authority;
            _regionOrHost = region ?? _loginHost;
        }

        public AuthFlow Flow => AuthFlow.ClientCredentials;

        public bool CanRenew => true;

        public async Task<AccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
        {
            try
            {
                var result = await App().AcquireTokenForClient(Scopes)
                    .WithForceRefresh(forceRefresh)
                    .OnBeforeTokenRequest(UseBasicAuthentication)
                    .ExecuteAsync(cancellationToken)
                    .ConfigureAwait(false);
                return new AccessToken(result.AccessToken, result.ExpiresOn);
            }
            catch (MsalServiceException ex) when (ex.StatusCode == 400 || ex.StatusCode == 401)
            {
                throw new AuthenticationFailedException("The login host " + _loginHost + " refused client id " + _clientId + " (" + ex.ErrorCode
                    + ").", ex.ErrorCode, recommendedAction: SignInAdvice.CredentialsRefused(_regionOrHost));
            }
            catch (MsalServiceException ex) when (ex.StatusCode == 0)
            {
                throw Unreachable(ex, ex.ErrorCode);
            }
            catch (MsalServiceException ex)
            {
                LoginMetadata.Forget(_loginBase);
                throw new AuthenticationFailedException("Cannot sign in at " + _loginHost + " (HTTP " + ex.StatusCode + ", " + ex.ErrorCode + "): "
                    + Innermost(ex) + ".", ex.ErrorCode, ex, loginHostUnreachable: ex.StatusCode >= 500, recommendedAction: ex.StatusCode >= 500
                        ? SignInAdvice.Unreachable(_loginHost) : SignInAdvice.Unexpected(_loginHost));
            }
            catch (Exception ex) when (ex is MsalClientException || ex is ArgumentException)
            {
                LoginMetadata.Forget(_loginBase);
                throw new AuthenticationFailedException("Client-credentials sign-in at " + _loginHost + " failed before an answer arrived ("
                    + ((ex as MsalException)?.ErrorCode ?? ex.GetType().Name) + "): " + Innermost(ex) + ".", (ex as MsalException)?.ErrorCode,
                    recommendedAction: SignInAdvice.Unexpected(_loginHost));
            }
            catch (HttpRequestException ex)
            {
                // MSAL lets some transport failures (an untrusted certificate, a refused connection) through unwrapped.
                throw Unreachable(ex, null);
            }
        }

        private IConfidentialClientApplication App() => _app ??= ConfidentialClientApplicationBuilder.Create(_clientId)
            .WithOidcAuthority(SecureLoopback.AsHttps(_loginBase).ToString().TrimEnd('/'))
            .WithClientSecret("set-per-request")
            .WithHttpClientFactory(new MetadataAnsweringHttpClientFactory(_http, _loginBase))
            .WithLegacyCacheCompatibility(false)
            .Build();

        private AuthenticationFailedException Unreachable(Exception ex, string? code)
        {
            LoginMetadata.Forget(_loginBase);
            return new AuthenticationFailedException("Cannot reach the login host " + _loginHost + ": " + Innermost(ex) + ".", code, ex,
                loginHostUnreachable: true, recommendedAction: SignInAdvice.Unreachable(_loginHost));
        }

        private static string Innermost(Exception ex)
        {
            while (ex.InnerException != null) ex = ex.InnerException;
            return ex.Message;
        }

        private Task UseBasicAuthentication(OnBeforeTokenRequestData request)
        {
            request.BodyParameters.Remove("scope");
            request.BodyParameters.Remove("client_info");
            request.BodyParameters.Remove("client_id");
            request.BodyParameters.Remove("client_secret");
            var pair = Uri.EscapeDataString(_clientId) + ":" + Uri.EscapeDataString(SecretText.Reveal(_secret));
            request.Headers["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(pair));
            return Task.CompletedTask;
        }

        private sealed class MetadataAnsweringHttpClientFactory : IMsalHttpClientFactory
        {
            private readonly HttpClient _client;

            public MetadataAnsweringHttpClientFactory(HttpClient inner, Uri loginBase)
            {
                _client = new HttpClient(new MetadataAnsweringHandler(inner, loginBase), disposeHandler: false);
            }

            public HttpClient GetHttpClient() => _client;
        }
    }
}
