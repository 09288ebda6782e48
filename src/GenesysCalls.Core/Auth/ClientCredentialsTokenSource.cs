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
    /// wants HTTP Basic client authentication without scope: the HTTP factory serves MSAL the RFC 8414 document
    /// and OnBeforeTokenRequest reshapes the request. Only this class touches MSAL, so MSAL loads only on this path.
    /// </summary>
    internal sealed class ClientCredentialsTokenSource : ITokenSource
    {
        private static readonly string[] Scopes = { "genesys-cloud" };
        private readonly IConfidentialClientApplication _app;
        private readonly string _clientId;
        private readonly SecureString _secret;
        private readonly string _loginHost;

        public ClientCredentialsTokenSource(HttpClient http, Uri loginBase, string clientId, SecureString secret)
        {
            _clientId = clientId;
            _secret = secret;
            _loginHost = loginBase.Authority;
            _app = ConfidentialClientApplicationBuilder.Create(clientId)
                .WithOidcAuthority(loginBase.ToString().TrimEnd('/'))
                .WithClientSecret("set-per-request")
                .WithHttpClientFactory(new DiscoveryRewritingHttpClientFactory(http))
                .WithLegacyCacheCompatibility(false)
                .Build();
        }

        public AuthFlow Flow => AuthFlow.ClientCredentials;

        public bool CanRenew => true;

        public async Task<AccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
        {
            try
            {
                var result = await _app.AcquireTokenForClient(Scopes)
                    .WithForceRefresh(forceRefresh)
                    .OnBeforeTokenRequest(UseBasicAuthentication)
                    .ExecuteAsync(cancellationToken)
                    .ConfigureAwait(false);
                return new AccessToken(result.AccessToken, result.ExpiresOn);
            }
            catch (MsalServiceException ex) when (ex.StatusCode == 400 || ex.StatusCode == 401)
            {
                throw new AuthenticationFailedException("The login host " + _loginHost + " refused client id " + _clientId + " (" + ex.ErrorCode
                    + "). Check the client id and secret, and that the OAuth client belongs to this region.", ex.ErrorCode);
            }
            catch (MsalServiceException ex) when (ex.StatusCode == 0)
            {
                throw new AuthenticationFailedException("Cannot reach the login host " + _loginHost + ": " + Innermost(ex) + ".", ex.ErrorCode, ex,
                    loginHostUnreachable: true);
            }
            catch (MsalServiceException ex)
            {
                throw new AuthenticationFailedException("Cannot sign in at " + _loginHost + " (HTTP " + ex.StatusCode + ", " + ex.ErrorCode + "): "
                    + Innermost(ex) + ".", ex.ErrorCode, ex, loginHostUnreachable: ex.StatusCode >= 500);
            }
            catch (MsalClientException ex)
            {
                throw new AuthenticationFailedException("Client-credentials sign-in at " + _loginHost + " failed before an answer arrived ("
                    + ex.ErrorCode + "): " + Innermost(ex) + ".", ex.ErrorCode);
            }
            catch (HttpRequestException ex)
            {
                // MSAL lets some transport failures (an untrusted certificate, a refused connection) through unwrapped.
                throw new AuthenticationFailedException("Cannot reach the login host " + _loginHost + ": " + Innermost(ex) + ".", null, ex,
                    loginHostUnreachable: true);
            }
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

        private sealed class DiscoveryRewritingHttpClientFactory : IMsalHttpClientFactory
        {
            private readonly HttpClient _client;

            public DiscoveryRewritingHttpClientFactory(HttpClient inner)
            {
                _client = new HttpClient(new DiscoveryRewritingHandler(inner), disposeHandler: false);
            }

            public HttpClient GetHttpClient() => _client;
        }

        /// <summary>Answers MSAL's /.well-known/openid-configuration request with the login host's RFC 8414 metadata.</summary>
        private sealed class DiscoveryRewritingHandler : HttpMessageHandler
        {
            private readonly HttpClient _inner;

            public DiscoveryRewritingHandler(HttpClient inner)
            {
                _inner = inner;
            }

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                if (request.RequestUri != null && request.RequestUri.AbsolutePath.EndsWith("/.well-known/openid-configuration",
                    StringComparison.Ordinal))
                {
                    request.RequestUri = new UriBuilder(request.RequestUri) { Path = "/.well-known/oauth-authorization-server" }.Uri;
                }

                return _inner.SendAsync(Clone(request), cancellationToken);
            }

            private static HttpRequestMessage Clone(HttpRequestMessage request)
            {
                var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Content = request.Content };
                foreach (var header in request.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
                return copy;
            }
        }
    }
}
