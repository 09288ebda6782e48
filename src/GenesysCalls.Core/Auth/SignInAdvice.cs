using System.Collections.Generic;

namespace GenesysCalls.Core.Auth
{
    /// <summary>The recommended action for each way a sign-in fails, so that no failure borrows another's advice.</summary>
    internal static class SignInAdvice
    {
        public static string Unreachable(string host) =>
            "Check the network path to " + host + " (proxy, firewall, certificate) and the region, then try again: nothing was refused yet.";

        public static string CredentialsRefused(string where) =>
            "Check the client id and secret, and the region: an OAuth client belongs to exactly one region (" + where + " was used).";

        public static string Unexpected(string host) =>
            "Try again; if it persists, run with -Verbose and report the message (the login host was " + host + ").";

        /// <summary>The token endpoint refused a code, refresh or PKCE grant: what fits depends on which grant it was.</summary>
        public static string CodeGrantRefused(string error, IDictionary<string, string> form)
        {
            form.TryGetValue("grant_type", out var grant);
            if (grant == "refresh_token") return "The session's sign-in has ended (refresh refused): run Connect-GenesysOrg -Interactive again.";
            return error == "invalid_client"
                ? "Check -ClientId: the OAuth client must exist in this region and have the Code grant (PKCE, no secret)."
                : "Run Connect-GenesysOrg -Interactive again; if it fails the same way, check that the OAuth client lists the redirect URI "
                    + "it was given exactly.";
        }
    }
}
