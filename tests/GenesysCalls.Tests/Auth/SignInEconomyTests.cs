using System.Net;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Sessions;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Auth
{
    /// <summary>Issue 21 (connect costs one request) and issue 19.3/19.8 (loopback http sign-in, advice per failure).</summary>
    public class SignInEconomyTests : IAsyncLifetime
    {
        private EmulatorServer _server = null!;

        public async Task InitializeAsync() => _server = await EmulatorServer.StartAsync(new EmulatorOptions { Agents = 5, HttpPort = 0 });

        public async Task DisposeAsync() => await _server.DisposeAsync();

        [Fact]
        public async Task Client_credentials_over_loopback_http_sign_in()
        {
            var request = Connected.ClientCredentials(_server);
            request.BaseUri = _server.HttpUri;
            request.SkipCertificateCheck = false;
            var session = await Connected.ConnectAsync(_server, request: request);
            Assert.Equal(AuthFlow.ClientCredentials, session.Flow);
            Assert.Equal("Emulated Org", session.OrganizationName);
            Assert.Contains(_server.Requests, r => r.Path == "/oauth/token" && r.Status == 200);
        }

        [Fact]
        public async Task A_wrong_secret_over_loopback_http_is_a_connect_error_with_the_credentials_advice()
        {
            var request = Connected.ClientCredentials(_server, "wrong");
            request.BaseUri = _server.HttpUri;
            request.SkipCertificateCheck = false;
            var ex = await Assert.ThrowsAsync<CommandTerminatingException>(() => Connected.ConnectAsync(_server, request: request));
            Assert.Equal("ConnectGenesysOrgAuthenticationFailed", ex.Error.IdAs("Connect-GenesysOrg"));
            Assert.Contains("client id and secret", ex.Error.RecommendedAction);
        }

        [Fact]
        public async Task Connect_costs_the_token_alone_once_the_host_is_known()
        {
            await Connected.ConnectAsync(_server);
            _server.ClearRequests();
            var output = new RecordingOutput("Connect-GenesysOrg");
            var session = await Connected.ConnectAsync(_server, output: output);
            Assert.Equal(new[] { "/oauth/token" }, _server.Requests.Select(r => r.Path));
            Assert.Contains(output.Verbose, v => v.Contains("was read before: not read again"));
            Assert.Contains(output.Verbose, v => v.StartsWith("Not read now: the organization's name"));

            Assert.Equal("Emulated Org", session.OrganizationName);
            Assert.Equal("Emulator service account", session.Identity);
            Assert.Contains("all", session.Scopes);
            Assert.Equal(new[] { "/oauth/token", "/api/v2/tokens/me" }, _server.Requests.Select(r => r.Path));
        }

        [Fact]
        public async Task The_login_metadata_of_a_new_host_is_read_once()
        {
            var registry = new SessionRegistry();
            for (var i = 0; i < 3; i++) await Connected.ConnectAsync(_server, registry);
            Assert.True(_server.Requests.Count(r => r.Path == LoginMetadata.Path) <= 1);
            Assert.Equal(3, _server.Requests.Count(r => r.Path == "/oauth/token"));
        }

        [Fact]
        public async Task PassThru_reads_the_details_once_and_says_why()
        {
            var output = new RecordingOutput("Connect-GenesysOrg");
            var request = Connected.ClientCredentials(_server);
            request.PassThru = true;
            var session = await Connected.ConnectAsync(_server, output: output, request: request);
            Assert.Contains(output.Verbose, v => v.Contains("(GET /api/v2/tokens/me) for the session -PassThru writes"));
            _ = session.OrganizationName + session.ClientName + session.Scopes.Count;
            Assert.Single(_server.Requests, r => r.Path == "/api/v2/tokens/me");
        }

        [Fact]
        public async Task A_region_login_host_is_answered_from_its_published_metadata()
        {
            var inner = new CountingHandler();
            using var msal = new HttpClient(new MetadataAnsweringHandler(new HttpClient(inner), new Uri("https://login.mypurecloud.ie/")));
            var document = await msal.GetStringAsync("https://login.mypurecloud.ie/.well-known/openid-configuration");
            Assert.Equal(0, inner.Sent);
            Assert.Contains("\"issuer\":\"https://login.mypurecloud.ie\"", document);
            Assert.Contains("\"token_endpoint\":\"https://login.mypurecloud.ie/oauth/token\"", document);
            Assert.Contains("published document", LoginMetadata.Describe(new Uri("https://login.mypurecloud.ie/"), "eu-west-1"));
            Assert.Null(LoginMetadata.Known(new Uri("https://login.example.invalid/")));
        }

        [Fact]
        public void A_host_s_metadata_is_remembered_on_disk_and_forgotten_when_it_led_nowhere()
        {
            var file = Path.Combine(Path.GetTempPath(), "login-metadata-" + Guid.NewGuid() + ".txt");
            var saved = LoginMetadata.CacheFile;
            var host = new Uri($"https://127.0.0.1:{Connected.FreePort()}/");
            try
            {
                LoginMetadata.CacheFile = file;
                LoginMetadata.Remember(host, "{\"issuer\":\"x\",\n\"token_endpoint\":\"y\"}");
                Assert.Contains(host.Authority + "\t{\"issuer\":\"x\", \"token_endpoint\":\"y\"}", File.ReadAllText(file));
                Assert.Contains("was read before", LoginMetadata.Describe(host, null));
                LoginMetadata.Forget(host);
                Assert.DoesNotContain(host.Authority, File.ReadAllText(file));
                Assert.Null(LoginMetadata.Known(host));
            }
            finally
            {
                LoginMetadata.CacheFile = saved;
                File.Delete(file);
            }
        }

        [Fact]
        public void Loopback_http_is_shown_to_msal_as_https_and_sent_as_http()
        {
            var login = new Uri("http://127.0.0.1:8081/");
            Assert.Equal("https://127.0.0.1:8081/", SecureLoopback.AsHttps(login).ToString());
            Assert.Equal("http://127.0.0.1:8081/oauth/token", SecureLoopback.AsSent(new Uri("https://127.0.0.1:8081/oauth/token"), login).ToString());
            Assert.Equal("https://127.0.0.1:9999/x", SecureLoopback.AsSent(new Uri("https://127.0.0.1:9999/x"), login).ToString());
            Assert.Equal("https://api.mypurecloud.com/", SecureLoopback.AsHttps(new Uri("https://api.mypurecloud.com/")).ToString());
            Assert.Contains("\"https://127.0.0.1:8081/oauth/token\"", SecureLoopback.AsMsalSees("{\"t\":\"http://127.0.0.1:8081/oauth/token\"}", login));
        }

        [Fact]
        public async Task No_browser_recommends_a_sign_in_without_one()
        {
            var ex = await InteractiveFailsAsync(new Connected.NoBrowser(), 20);
            Assert.Equal("ConnectGenesysOrgAuthenticationFailed", ex.Error.IdAs("Connect-GenesysOrg"));
            Assert.DoesNotContain("secret, and the region", ex.Error.RecommendedAction);
            Assert.Contains("-AccessToken", ex.Error.RecommendedAction);
        }

        [Fact]
        public async Task A_sign_in_nobody_completes_recommends_a_longer_timeout()
        {
            var ex = await InteractiveFailsAsync(new OpensNothing(), 1);
            Assert.Contains("-TimeoutSec", ex.Error.RecommendedAction);
            Assert.DoesNotContain("secret, and the region", ex.Error.RecommendedAction);
        }

        [Fact]
        public async Task A_redirect_port_in_use_recommends_another_port()
        {
            using var busy = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            busy.Start();
            var port = ((IPEndPoint)busy.LocalEndpoint).Port;
            var ex = await InteractiveFailsAsync(new OpensNothing(), 1, new Uri($"http://127.0.0.1:{port}/"));
            Assert.Equal("ConnectGenesysOrgAuthenticationFailed", ex.Error.IdAs("Connect-GenesysOrg"));
            Assert.Contains("-RedirectUri", ex.Error.RecommendedAction);
        }

        private async Task<CommandTerminatingException> InteractiveFailsAsync(IBrowserLauncher browser, int timeout, Uri? redirect = null)
        {
            var command = new OrgConnector(new RecordingOutput("Connect-GenesysOrg"), new SessionRegistry()) { Browser = browser };
            return await Assert.ThrowsAsync<CommandTerminatingException>(() => command.ConnectAsync(new ConnectRequest
            {
                Flow = AuthFlow.AuthorizationCodePkce, ClientId = EmulatorOptions.DefaultCodeClientId, BaseUri = _server.BaseUri,
                SkipCertificateCheck = true, RedirectUri = redirect ?? new Uri($"http://127.0.0.1:{Connected.FreePort()}/"), TimeoutSec = timeout,
            }, CancellationToken.None));
        }

        private sealed class OpensNothing : IBrowserLauncher
        {
            public bool TryOpen(Uri url) => true;
        }

        private sealed class CountingHandler : HttpMessageHandler
        {
            public int Sent { get; private set; }

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Sent++;
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
            }
        }
    }
}
