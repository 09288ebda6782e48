using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Model;

namespace GenesysCalls.Core.Auth
{
    /// <summary>POST /oauth/token for the grants done without MSAL (authorization code + PKCE, refresh).</summary>
    internal sealed class OAuthTokenClient
    {
        private readonly HttpClient _http;
        private readonly Uri _tokenEndpoint;

        public OAuthTokenClient(HttpClient http, Uri loginBase)
        {
            _http = http;
            _tokenEndpoint = new Uri(loginBase, "oauth/token");
        }

        public async Task<TokenResponse> RequestAsync(IDictionary<string, string> form, CancellationToken cancellationToken)
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, _tokenEndpoint) { Content = new FormUrlEncodedContent(form) };

            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(message, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                throw new AuthenticationFailedException("Cannot reach the login host " + _tokenEndpoint.Host + ": " + ex.Message, null, ex,
                    loginHostUnreachable: true, recommendedAction: SignInAdvice.Unreachable(_tokenEndpoint.Host));
            }

            using (response)
            {
                var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                TokenResponse? token = null;
                try
                {
                    token = JsonSerializer.Deserialize(text, GenesysJsonContext.Default.TokenResponse);
                }
                catch (JsonException)
                {
                }

                if (response.IsSuccessStatusCode && !string.IsNullOrEmpty(token?.AccessToken)) return token!;
                var error = token?.Error ?? "http_" + (int)response.StatusCode;
                throw new AuthenticationFailedException(
                    "The login host refused the sign-in (" + error + (token?.ErrorDescription != null ? ": " + token.ErrorDescription
                        : string.Empty) + ").", error, recommendedAction: SignInAdvice.CodeGrantRefused(error, form));
            }
        }
    }
}
