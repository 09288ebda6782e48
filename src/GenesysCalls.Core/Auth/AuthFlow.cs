namespace GenesysCalls.Core.Auth
{
    internal enum AuthFlow
    {
        /// <summary>OAuth client credentials: a service account, no user context.</summary>
        ClientCredentials,

        /// <summary>Authorization code with PKCE in the browser: a signed-in user.</summary>
        AuthorizationCodePkce,

        /// <summary>A token brought by the caller; it cannot be renewed.</summary>
        AccessToken,
    }
}
