using System;
using System.Security;
using GenesysCalls.Core.Auth;

namespace GenesysCalls.Core.Commands
{
    /// <summary>What Connect-GenesysOrg was asked to do, already bound.</summary>
    internal sealed class ConnectRequest
    {
        /// <summary>The sign-in flow; null: client credentials from GENESYSCLOUD_OAUTHCLIENT_ID / _SECRET (and GENESYSCLOUD_REGION).</summary>
        public AuthFlow? Flow { get; set; }
        public string? ClientId { get; set; }
        public SecureString? ClientSecret { get; set; }
        public SecureString? AccessToken { get; set; }
        public string? Region { get; set; }
        public Uri? BaseUri { get; set; }
        public bool SkipCertificateCheck { get; set; }
        public Uri? RedirectUri { get; set; }
        public int TimeoutSec { get; set; } = 120;
        public string? Name { get; set; }
        public bool PassThru { get; set; }

        /// <summary>"PowerShell/7.6.0", for the User-Agent.</summary>
        public string HostDescription { get; set; } = "PowerShell";
    }
}
