using System;
using System.Management.Automation;
using System.Security;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsCommunications.Connect, "GenesysOrg", DefaultParameterSetName = EnvironmentSet)]
    [OutputType(typeof(GenesysSession))]
    public sealed class ConnectGenesysOrgCommand : GenesysCmdlet
    {
        private const string EnvironmentSet = "Environment";
        private const string ClientSecretSet = "ClientSecret";
        private const string CredentialSet = "Credential";
        private const string InteractiveSet = "Interactive";
        private const string AccessTokenSet = "AccessToken";

        /// <summary>Needed by -ClientSecret and -Interactive, but never prompted for: a missing one is ConnectGenesysOrgMissingCredentials.</summary>
        [Parameter(ParameterSetName = ClientSecretSet)]
        [Parameter(ParameterSetName = InteractiveSet)]
        [Parameter(ParameterSetName = EnvironmentSet)]
        [ValidateNotNullOrEmpty]
        public string ClientId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = ClientSecretSet)]
        public SecureString? ClientSecret { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
        [Credential]
        public PSCredential? Credential { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = InteractiveSet)]
        public SwitchParameter Interactive { get; set; }

        [Parameter(ParameterSetName = InteractiveSet)]
        public Uri? RedirectUri { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = AccessTokenSet)]
        public SecureString? AccessToken { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public string? Region { get; set; }

        [Parameter]
        public Uri? BaseUri { get; set; }

        [Parameter]
        public SwitchParameter SkipCertificateCheck { get; set; }

        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 120;

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        internal override CommandRun Begin()
        {
            var request = new ConnectRequest
            {
                Region = Region,
                BaseUri = BaseUri,
                SkipCertificateCheck = SkipCertificateCheck,
                TimeoutSec = TimeoutSec,
                Name = Name,
                PassThru = PassThru,
                RedirectUri = RedirectUri,
                HostDescription = "PowerShell/" + Host.Version,
            };
            switch (ParameterSetName)
            {
                case ClientSecretSet:
                    request.Flow = AuthFlow.ClientCredentials;
                    request.ClientId = ClientId;
                    request.ClientSecret = ClientSecret;
                    break;
                case CredentialSet:
                    request.Flow = AuthFlow.ClientCredentials;
                    request.ClientId = Credential!.UserName;
                    request.ClientSecret = Credential.Password;
                    break;
                case InteractiveSet:
                    request.Flow = AuthFlow.AuthorizationCodePkce;
                    request.ClientId = ClientId;
                    break;
                case AccessTokenSet:
                    request.Flow = AuthFlow.AccessToken;
                    request.AccessToken = AccessToken;
                    break;
                default:
                    request.Flow = null;
                    request.ClientId = MyInvocation.BoundParameters.ContainsKey(nameof(ClientId)) ? ClientId : null;
                    break;
            }

            return CommandRun.Of(new OrgConnector(Output, SessionRegistry.Process), () => new[] { request });
        }
    }
}
