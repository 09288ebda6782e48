using GenesysCalls.Core;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Model;
using GenesysCalls.Core.Sessions;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Http
{
    public class GenesysApiClientTests : ConnectedTest
    {
        private readonly RecordingOutput _output = new("Connect-GenesysOrg");

        public GenesysApiClientTests()
            : base(agents: 5)
        {
        }


        private IApiLog Log => new GenesysCalls.Core.Commands.OutputApiLog(_output);

        private Task<ApiResponse<Organization>> GetOrg() =>
            ConnectedOrg.Of(Session).Api.SendAsync(ApiRequest.Get("/api/v2/organizations/me"), GenesysJsonContext.Default.Organization, Log, CancellationToken.None);

        private Task<ApiResponse<CreateCallResponse>> Create() =>
            ConnectedOrg.Of(Session).Api.SendAsync(ApiRequest.Create("/api/v2/conversations/calls/user/" + Server.UserIds[1], "{\"phoneNumber\":\"+15551234567\"}"),
                GenesysJsonContext.Default.CreateCallResponse, Log, CancellationToken.None);

        private int Count(string method, string pathPart) => Server.Requests.Count(r => r.Method == method && r.Path.Contains(pathPart));

        [Fact]
        public async Task Token_rejected_mid_run_is_renewed_once_and_requests_continue()
        {
            await GetOrg();
            Server.ExpireTokens();
            var response = await GetOrg();
            Assert.Equal("Emulated Org", response.Value.Name);
            Assert.Equal(2, response.Attempts);
            Assert.Equal(1, Count("POST", "/oauth/token"));
            Assert.Contains(_output.Verbose, v => v.Contains("401"));
        }

        [Fact]
        public async Task A_failed_renewal_is_a_401_for_that_request_not_an_escaping_exception()
        {
            var tokens = new GenesysCalls.Core.Auth.TokenManager(new RefusesRenewal(await new EmulatorClient(Server).ClientTokenAsync()));
            var endpoint = GenesysCalls.Core.Auth.GenesysEndpoint.ForBaseUri(Server.BaseUri, skipCertificateCheck: true);
            using var api = new GenesysApiClient(HttpClientFactory.Create(endpoint, "test"), endpoint.ApiBase, tokens, Policy);
            await api.SendAsync(ApiRequest.Get("/api/v2/organizations/me"), GenesysJsonContext.Default.Organization, Log, CancellationToken.None);
            Server.ExpireTokens();
            var ex = await Assert.ThrowsAsync<GenesysApiException>(() => api.SendAsync(ApiRequest.Get("/api/v2/organizations/me"), GenesysJsonContext.Default.Organization, Log, CancellationToken.None));
            Assert.Equal(401, ex.StatusCode);
            Assert.Contains("Connect again", ex.Message);
        }

        private sealed class RefusesRenewal : GenesysCalls.Core.Auth.ITokenSource
        {
            private readonly string _first;
            private bool _issued;

            public RefusesRenewal(string first) => _first = first;

            public AuthFlow Flow => AuthFlow.AuthorizationCodePkce;

            public bool CanRenew => true;

            public Task<GenesysCalls.Core.Auth.AccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
            {
                if (_issued) throw new GenesysCalls.Core.Auth.AuthenticationFailedException("The login host refused the sign-in (invalid_grant).", "invalid_grant");
                _issued = true;
                return Task.FromResult(new GenesysCalls.Core.Auth.AccessToken(_first, DateTimeOffset.UtcNow.AddHours(1)));
            }
        }

        [Fact]
        public async Task Fifty_parallel_calls_share_one_renewal()
        {
            await GetOrg();
            Server.ExpireTokens();
            Server.ClearRequests();
            var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => GetOrg()));
            Assert.All(results, r => Assert.Equal("Emulated Org", r.Value.Name));
            Assert.Equal(1, Count("POST", "/oauth/token"));
        }

        [Fact]
        public async Task Short_lived_tokens_are_renewed_before_they_expire()
        {
            await using var server = await EmulatorClient.StartAsync(tokenLifetime: 2);
            using var session = await Connected.ConnectAsync(server);
            await Task.Delay(2100);
            server.ClearRequests();
            await ConnectedOrg.Of(session).Api.SendAsync(ApiRequest.Get("/api/v2/organizations/me"), GenesysJsonContext.Default.Organization, NullApiLog.Instance, CancellationToken.None);
            Assert.DoesNotContain(server.Requests, r => r.Status == 401);
            Assert.Single(server.Requests, r => r.Path == "/oauth/token");
        }

        [Fact]
        public async Task Rate_limited_create_waits_retry_after_and_creates_exactly_once()
        {
            Server.SetFaults(new FaultSettings { RateLimitStormSeconds = 1 });
            var response = await Create();
            Assert.False(string.IsNullOrEmpty(response.Value.Id));
            Assert.Equal(1, Server.ConversationCount);
            Assert.Contains(Server.Requests, r => r.Status == 429);
            Assert.Contains(_output.Verbose, v => v.Contains("Retry-After"));
        }

        [Fact]
        public async Task Rate_limit_beyond_the_bound_fails_instead_of_sleeping()
        {
            Policy.MaxRetryAfter = TimeSpan.FromMilliseconds(500);
            Server.SetFaults(new FaultSettings { RateLimitStormSeconds = 30 });
            var ex = await Assert.ThrowsAsync<GenesysApiException>(GetOrg);
            Assert.Equal(429, ex.StatusCode);
            Assert.Equal("too.many.requests.retry.after", ex.Code);
        }

        [Fact]
        public async Task Service_unavailable_on_create_is_not_retried()
        {
            Server.SetFaults(new FaultSettings { ServiceUnavailableRate = 1, PathContains = "/conversations/calls" });
            var ex = await Assert.ThrowsAsync<GenesysApiException>(Create);
            Assert.Equal(503, ex.StatusCode);
            Assert.Equal("service.unavailable", ex.Code);
            Assert.Equal(1, Count("POST", "/conversations/calls"));
        }

        [Fact]
        public async Task Service_unavailable_on_reads_is_retried_then_reported()
        {
            Server.SetFaults(new FaultSettings { ServiceUnavailableRate = 1 });
            var ex = await Assert.ThrowsAsync<GenesysApiException>(GetOrg);
            Assert.Equal(503, ex.StatusCode);
            Assert.Equal(1 + Policy.MaxTransientRetries, Count("GET", "/organizations/me"));
            Assert.False(string.IsNullOrEmpty(ex.CorrelationId));
        }

        [Fact]
        public async Task Timeout_on_create_is_outcome_unknown_and_sent_once()
        {
            Policy.RequestTimeout = TimeSpan.FromMilliseconds(300);
            Server.SetFaults(new FaultSettings { LatencyMs = 1500, PathContains = "/conversations/calls" });
            var ex = await Assert.ThrowsAsync<OutcomeUnknownException>(Create);
            Assert.Contains("not retried", ex.Message);
            await Task.Delay(1600);
            Assert.Equal(1, Count("POST", "/conversations/calls"));
        }

        [Fact]
        public async Task Reset_after_processing_on_create_is_outcome_unknown_not_a_duplicate()
        {
            Server.SetFaults(new FaultSettings { ResetAfterRate = 1, PathContains = "/conversations/calls" });
            await Assert.ThrowsAsync<OutcomeUnknownException>(Create);
            Assert.Equal(1, Server.ConversationCount);
            Assert.Equal(1, Count("POST", "/conversations/calls"));
        }

        [Fact]
        public async Task Timeout_on_reads_is_retried()
        {
            Policy.RequestTimeout = TimeSpan.FromMilliseconds(200);
            Server.SetFaults(new FaultSettings { LatencyMs = 1000 });
            var ex = await Assert.ThrowsAsync<GenesysApiException>(GetOrg);
            Assert.IsNotType<OutcomeUnknownException>(ex);
            Assert.Equal(0, ex.StatusCode);
            Assert.Contains(_output.Verbose, v => v.Contains("attempt " + (1 + Policy.MaxTransientRetries)));
        }

        [Fact]
        public async Task Refused_connection_never_sent_the_create_so_it_is_not_outcome_unknown()
        {
            await GetOrg();
            await Server.StopAsync();
            var ex = await Assert.ThrowsAsync<GenesysApiException>(Create);
            Assert.IsNotType<OutcomeUnknownException>(ex);
            Assert.Equal(0, ex.StatusCode);
            Assert.Equal(0, Server.ConversationCount);
        }

        [Fact]
        public async Task Error_bodies_become_typed_exceptions()
        {
            var ex = await Assert.ThrowsAsync<GenesysApiException>(() => ConnectedOrg.Of(Session).Api.SendAsync(
                ApiRequest.Create("/api/v2/conversations/calls", "{\"phoneNumber\":\"+15551234567\"}"), GenesysJsonContext.Default.CreateCallResponse, Log, CancellationToken.None));
            Assert.Equal(400, ex.StatusCode);
            Assert.Equal("not.a.user", ex.Code);
            Assert.Equal(ex.ContextId, ex.CorrelationId);
            Assert.Contains("/api/v2/conversations/calls", ex.Message);
        }

        [Fact]
        public async Task Verbose_traces_requests_and_debug_shows_bodies_with_no_token_or_secret()
        {
            await GetOrg();
            await Create();
            var token = ConnectedOrg.Of(Session).Api.Tokens.Current!.Value;
            var text = _output.AllText();
            Assert.Contains(_output.Verbose, v => v.StartsWith("GET https://127.0.0.1") && v.Contains("-> 200"));
            Assert.Contains(_output.Debug, d => d.Contains("+15551234567"));
            Assert.DoesNotContain(token, text);
            Assert.DoesNotContain(Server.Options.ClientSecret, text);
        }

        [Fact]
        public async Task Cancellation_stops_waiting_promptly()
        {
            Server.SetFaults(new FaultSettings { RateLimitStormSeconds = 30 });
            using var cancel = new CancellationTokenSource(300);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                ConnectedOrg.Of(Session).Api.SendAsync(ApiRequest.Get("/api/v2/organizations/me"), GenesysJsonContext.Default.Organization, Log, cancel.Token));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        }
    }
}
