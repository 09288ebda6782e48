using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Sessions;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Auth
{
    public class OrgConnectorTests : IAsyncLifetime
    {
        private EmulatorServer _server = null!;

        public async Task InitializeAsync() => _server = await EmulatorClient.StartAsync(agents: 10);

        public async Task DisposeAsync() => await _server.DisposeAsync();

        [Fact]
        public async Task Client_credentials_through_msal_give_a_client_session()
        {
            var registry = new SessionRegistry();
            var output = new RecordingOutput("Connect-GenesysOrg");
            var session = await Connected.ConnectAsync(_server, registry, output);
            Assert.Same(session, registry.Current);
            Assert.Equal("Emulated Org", session.OrganizationName);
            Assert.Equal(AuthFlow.ClientCredentials, session.Flow);
            Assert.False(session.IsUserContext);
            Assert.Equal(_server.Options.ClientId, session.ClientId);
            Assert.Equal("Emulator service account", session.Identity);
            Assert.NotNull(session.ExpiresAt);
            Assert.Empty(output.Objects);
            var token = _server.Requests.Single(r => r.Path == "/oauth/token");
            Assert.Equal(200, token.Status);
        }

        [Fact]
        public async Task PassThru_writes_the_session()
        {
            var output = new RecordingOutput("Connect-GenesysOrg");
            var request = Connected.ClientCredentials(_server);
            request.PassThru = true;
            var session = await Connected.ConnectAsync(_server, output: output, request: request);
            Assert.Same(session, Assert.Single(output.Objects));
        }

        [Fact]
        public async Task Wrong_secret_is_a_terminating_authentication_error()
        {
            var ex = await Assert.ThrowsAsync<CommandTerminatingException>(() => Connected.ConnectAsync(_server, request: Connected.ClientCredentials(_server, "wrong")));
            Assert.Equal("ConnectGenesysOrgAuthenticationFailed", ex.Error.IdAs("Connect-GenesysOrg"));
            Assert.Equal(ErrorKind.AuthenticationError, ex.Error.Category);
            Assert.Contains("region", ex.Error.RecommendedAction);
            Assert.DoesNotContain("wrong", ex.Error.Message);
        }

        [Fact]
        public async Task Interactive_pkce_sign_in_gives_a_user_session()
        {
            var browser = new Connected.HttpSignIn(_server, "agent0001@example.com");
            var session = await Connected.ConnectUserAsync(_server, "agent0001@example.com", browser: browser);
            Assert.Equal(1, browser.Opened);
            Assert.True(session.IsUserContext);
            Assert.Equal(AuthFlow.AuthorizationCodePkce, session.Flow);
            Assert.Equal("agent0001@example.com", session.UserEmail);
            Assert.Equal(_server.UserIds[1], session.UserId);
        }

        [Fact]
        public async Task Interactive_without_a_browser_fails_at_once()
        {
            var command = new OrgConnector(new RecordingOutput("Connect-GenesysOrg"), new SessionRegistry()) { Browser = new Connected.NoBrowser() };
            var ex = await Assert.ThrowsAsync<CommandTerminatingException>(() => command.ConnectAsync(new ConnectRequest
            {
                Flow = AuthFlow.AuthorizationCodePkce, ClientId = EmulatorOptions.DefaultCodeClientId, BaseUri = _server.BaseUri, SkipCertificateCheck = true,
                RedirectUri = new Uri($"http://127.0.0.1:{Connected.FreePort()}/"),
            }, CancellationToken.None));
            Assert.Equal("ConnectGenesysOrgAuthenticationFailed", ex.Error.IdAs("Connect-GenesysOrg"));
            Assert.Contains("No browser", ex.Error.Message);
        }

        [Fact]
        public async Task Interactive_sign_in_nobody_completes_times_out()
        {
            var command = new OrgConnector(new RecordingOutput("Connect-GenesysOrg"), new SessionRegistry()) { Browser = new OpensNothing() };
            var ex = await Assert.ThrowsAsync<CommandTerminatingException>(() => command.ConnectAsync(new ConnectRequest
            {
                Flow = AuthFlow.AuthorizationCodePkce, ClientId = EmulatorOptions.DefaultCodeClientId, BaseUri = _server.BaseUri, SkipCertificateCheck = true,
                RedirectUri = new Uri($"http://127.0.0.1:{Connected.FreePort()}/"), TimeoutSec = 1,
            }, CancellationToken.None));
            Assert.Contains("within 1 s", ex.Error.Message);
        }

        [Fact]
        public async Task Access_token_session_detects_client_context()
        {
            using var client = new EmulatorClient(_server);
            var raw = await client.ClientTokenAsync();
            var session = await Connected.ConnectAsync(_server, request: new ConnectRequest
            {
                Flow = AuthFlow.AccessToken, AccessToken = Connected.Secure(raw), BaseUri = _server.BaseUri, SkipCertificateCheck = true,
            });
            Assert.Equal(AuthFlow.AccessToken, session.Flow);
            Assert.False(session.IsUserContext);
            Assert.Null(session.ExpiresAt);
        }

        [Fact]
        public async Task Bad_access_token_is_an_authentication_error()
        {
            var ex = await Assert.ThrowsAsync<CommandTerminatingException>(() => Connected.ConnectAsync(_server, request: new ConnectRequest
            {
                Flow = AuthFlow.AccessToken, AccessToken = Connected.Secure("not-a-token"), BaseUri = _server.BaseUri, SkipCertificateCheck = true,
            }));
            Assert.Equal("ConnectGenesysOrgAuthenticationFailed", ex.Error.IdAs("Connect-GenesysOrg"));
        }

        [Fact]
        public async Task Environment_variables_supply_credentials_and_region()
        {
            var variables = new Dictionary<string, string?>
            {
                [OrgConnector.ClientIdVariable] = _server.Options.ClientId,
                [OrgConnector.ClientSecretVariable] = _server.Options.ClientSecret,
            };
            var command = new OrgConnector(new RecordingOutput("Connect-GenesysOrg"), new SessionRegistry()) { Environment = name => variables.GetValueOrDefault(name) };
            var session = await command.ConnectAsync(new ConnectRequest { Flow = null, BaseUri = _server.BaseUri, SkipCertificateCheck = true }, CancellationToken.None);
            Assert.Equal(AuthFlow.ClientCredentials, session.Flow);

            var empty = new OrgConnector(new RecordingOutput("Connect-GenesysOrg"), new SessionRegistry()) { Environment = _ => null };
            var ex = await Assert.ThrowsAsync<CommandTerminatingException>(() => empty.ConnectAsync(new ConnectRequest { Flow = null, BaseUri = _server.BaseUri }, CancellationToken.None));
            Assert.Equal("ConnectGenesysOrgMissingCredentials", ex.Error.IdAs("Connect-GenesysOrg"));
            Assert.Contains(OrgConnector.ClientSecretVariable, ex.Error.Message);
        }

        [Theory]
        [InlineData("http://example.com", false, "plain http")]
        [InlineData("https://example.com", true, "loopback")]
        [InlineData("ftp://127.0.0.1", false, "http(s)")]
        public async Task Unsafe_targets_are_refused_before_any_request(string uri, bool skip, string fragment)
        {
            var request = Connected.ClientCredentials(_server);
            request.BaseUri = new Uri(uri);
            request.SkipCertificateCheck = skip;
            var ex = await Assert.ThrowsAsync<CommandTerminatingException>(() => Connected.ConnectAsync(_server, request: request));
            Assert.Equal("ConnectGenesysOrgInvalidTarget", ex.Error.IdAs("Connect-GenesysOrg"));
            Assert.Equal(ErrorKind.InvalidArgument, ex.Error.Category);
            Assert.Contains(fragment, ex.Error.Message);
        }

        [Fact]
        public async Task Self_signed_certificate_is_refused_without_skip()
        {
            var request = Connected.ClientCredentials(_server);
            request.SkipCertificateCheck = false;
            var ex = await Assert.ThrowsAsync<CommandTerminatingException>(() => Connected.ConnectAsync(_server, request: request));
            Assert.Equal("ConnectGenesysOrgUnreachable", ex.Error.IdAs("Connect-GenesysOrg"));
            Assert.Contains("127.0.0.1", ex.Error.Message);
        }

        [Fact]
        public async Task Unreachable_login_host_is_its_own_error_a_script_can_retry()
        {
            var request = Connected.ClientCredentials(_server);
            request.BaseUri = new Uri($"https://127.0.0.1:{Connected.FreePort()}/");
            var ex = await Assert.ThrowsAsync<CommandTerminatingException>(() => Connected.ConnectAsync(_server, request: request));
            Assert.Equal("ConnectGenesysOrgUnreachable", ex.Error.IdAs("Connect-GenesysOrg"));
            Assert.Equal(ErrorKind.ConnectionError, ex.Error.Category);
            Assert.Contains("127.0.0.1", ex.Error.Message);
            Assert.DoesNotContain("oidc_failure", ex.Error.Message);
            Assert.Contains("try again", ex.Error.RecommendedAction);
        }

        [Fact]
        public async Task A_client_of_another_region_is_refused_with_the_region_hint()
        {
            var seed = new SeedDocument { Clients = new() { new SeedClient { Id = "eu-client", Secret = "eu-secret" } } };
            await using var otherRegion = await EmulatorClient.StartAsync(seed: seed);
            var request = Connected.ClientCredentials(_server);
            request.ClientId = "eu-client";
            request.ClientSecret = Connected.Secure("eu-secret");
            var ex = await Assert.ThrowsAsync<CommandTerminatingException>(() => Connected.ConnectAsync(_server, request: request));
            Assert.Equal("ConnectGenesysOrgAuthenticationFailed", ex.Error.IdAs("Connect-GenesysOrg"));
            Assert.Contains("belongs to exactly one region", ex.Error.RecommendedAction);
        }

        [Fact]
        public void The_user_agent_names_the_module_and_the_host()
        {
            var endpoint = GenesysCalls.Core.Auth.GenesysEndpoint.ForRegion("eu-west-1", false);
            using var http = GenesysCalls.Core.Http.HttpClientFactory.Create(endpoint, "GenesysCalls/0.1.0 PowerShell/7.6.0");
            Assert.Equal("GenesysCalls/0.1.0 PowerShell/7.6.0", http.DefaultRequestHeaders.UserAgent.ToString());
            Assert.Equal("https://api.mypurecloud.ie/", endpoint.ApiBase.ToString());
            Assert.Equal("https://login.mypurecloud.ie/", endpoint.LoginBase.ToString());
            Assert.Equal("eu-west-1", GenesysCalls.Core.Auth.GenesysEndpoint.ForRegion("mypurecloud.ie", false).Region);
            Assert.Equal("us-west-2", GenesysCalls.Core.Auth.GenesysEndpoint.ForRegion("US_WEST_2", false).Region);
        }

        [Fact]
        public async Task Unknown_region_is_refused_with_the_list()
        {
            var request = Connected.ClientCredentials(_server);
            request.BaseUri = null;
            request.Region = "mars-north-1";
            var ex = await Assert.ThrowsAsync<CommandTerminatingException>(() => Connected.ConnectAsync(_server, request: request));
            Assert.Contains("eu-west-1", ex.Error.Message);
        }

        [Fact]
        public async Task Two_sessions_side_by_side_get_unique_names()
        {
            var registry = new SessionRegistry();
            var first = await Connected.ConnectAsync(_server, registry);
            var second = await Connected.ConnectAsync(_server, registry);
            Assert.Equal(_server.BaseUri.Authority, first.Name);
            Assert.Equal(_server.BaseUri.Authority + " (2)", second.Name);
            Assert.Same(second, registry.Current);
            Assert.Equal(2, registry.All.Count);
            registry.Remove(second);
            Assert.Null(registry.Current);
            Assert.Same(first, Assert.Single(registry.All));
            Assert.False(second.IsConnected);
            Assert.True(first.IsConnected);
        }

        private sealed class OpensNothing : GenesysCalls.Core.Auth.IBrowserLauncher
        {
            public bool TryOpen(Uri url) => true;
        }
    }
}
