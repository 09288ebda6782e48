using System;

namespace GenesysCalls.Core.Auth
{
    /// <summary>Sign-in failed: wrong credentials, wrong region, a refused or abandoned browser sign-in. The message never holds a secret.</summary>
    internal sealed class AuthenticationFailedException : Exception
    {
        public AuthenticationFailedException(string message, string? oauthError = null, Exception? inner = null, bool loginHostUnreachable = false,
            string? recommendedAction = null)
            : base(message, inner)
        {
            OAuthError = oauthError;
            LoginHostUnreachable = loginHostUnreachable;
            RecommendedAction = recommendedAction;
        }

        /// <summary>No answer came from the login host (network, proxy, certificate): worth a retry, unlike a refused secret.</summary>
        public bool LoginHostUnreachable { get; }

        /// <summary>The OAuth error code (invalid_client, invalid_grant, …) when the login host sent one.</summary>
        public string? OAuthError { get; }

        /// <summary>What fits this failure, set where the failure is known; null for refused credentials (the connector names the region).</summary>
        public string? RecommendedAction { get; }
    }
}
