using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Model;

namespace GenesysCalls.Core.Auth
{
    /// <summary>
    /// Interactive sign-in: authorization code with PKCE (S256) in the system browser, a loopback redirect, and a
    /// refresh token kept in memory only, rotated on every renewal.
    /// </summary>
    internal sealed class PkceTokenSource : ITokenSource
    {
        private readonly OAuthTokenClient _tokens;
        private readonly Uri _loginBase;
        private readonly string _clientId;
        private readonly Uri _redirectUri;
        private readonly TimeSpan _timeout;
        private readonly IBrowserLauncher _browser;
        private const string ClientCredentialVariables = "GENESYSCLOUD_OAUTHCLIENT_ID/_SECRET";
        private string? _refreshToken;

        public PkceTokenSource(OAuthTokenClient tokens, Uri loginBase, string clientId, Uri redirectUri, TimeSpan timeout, IBrowserLauncher browser)
        {
            _tokens = tokens;
            _loginBase = loginBase;
            _clientId = clientId;
            _redirectUri = redirectUri;
            _timeout = timeout;
            _browser = browser;
        }

        public AuthFlow Flow => AuthFlow.AuthorizationCodePkce;

        public bool CanRenew => true;

        public async Task<AccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
        {
            if (_refreshToken != null)
            {
                var refreshed = await _tokens.RequestAsync(new Dictionary<string, string>
                {
                    ["grant_type"] = "refresh_token",
                    ["refresh_token"] = _refreshToken,
                    ["client_id"] = _clientId,
                }, cancellationToken).ConfigureAwait(false);
                return Keep(refreshed);
            }

            return Keep(await SignInAsync(cancellationToken).ConfigureAwait(false));
        }

        private async Task<TokenResponse> SignInAsync(CancellationToken cancellationToken)
        {
            var verifier = Pkce.NewVerifier();
            var state = Pkce.NewState();
            using var listener = new LoopbackRedirectListener(_redirectUri);
            var authorize = new Uri(_loginBase, "oauth/authorize?client_id=" + Uri.EscapeDataString(_clientId)
                + "&response_type=code&redirect_uri=" + Uri.EscapeDataString(_redirectUri.ToString())
                + "&code_challenge=" + Pkce.Challenge(verifier) + "&code_challenge_method=S256&state=" + state);
            if (!_browser.TryOpen(authorize))
            {
                throw new AuthenticationFailedException("No browser could be opened for the interactive sign-in (non-interactive session?).",
                    recommendedAction: "Run -Interactive where a browser can open (a desktop session), or sign in without one: -ClientId with "
                        + "-ClientSecret or -Credential (client credentials), the " + ClientCredentialVariables + " variables, or -AccessToken.");
            }

            var answer = await listener.WaitAsync(_timeout, cancellationToken).ConfigureAwait(false);
            if (answer.TryGetValue("error", out var error))
            {
                answer.TryGetValue("error_description", out var description);
                throw new AuthenticationFailedException("The sign-in was refused (" + error + (description != null ? ": " + description
                    : string.Empty) + ").", error, recommendedAction: "Sign in again and accept the consent. If the error names the client or the "
                    + "redirect, check that OAuth client " + _clientId + " has the Code grant and lists " + _redirectUri + " as a redirect URI.");
            }

            if (!answer.TryGetValue("state", out var returnedState) || returnedState != state)
            {
                throw new AuthenticationFailedException("The sign-in redirect carried the wrong state; it was ignored.",
                    recommendedAction: "Close other sign-in tabs (an older sign-in answered), then run Connect-GenesysOrg -Interactive again.");
            }

            return await _tokens.RequestAsync(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = answer["code"],
                ["code_verifier"] = verifier,
                ["client_id"] = _clientId,
                ["redirect_uri"] = _redirectUri.ToString(),
            }, cancellationToken).ConfigureAwait(false);
        }

        private AccessToken Keep(TokenResponse response)
        {
            _refreshToken = response.RefreshToken ?? _refreshToken;
            return new AccessToken(response.AccessToken!, DateTimeOffset.UtcNow.AddSeconds(response.ExpiresIn > 0 ? response.ExpiresIn : 86400));
        }
    }
}
