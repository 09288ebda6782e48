using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Reliability
{
    /// <summary>Answers no Genesys service gives on purpose, but proxies and outages do: each is a clear error, never a crash.</summary>
    public class BrokenServerTests
    {
        private static GenesysApiClient Client(Uri uri)
        {
            var endpoint = GenesysEndpoint.ForBaseUri(uri, skipCertificateCheck: false);
            var policy = new RetryPolicy { BackoffBase = TimeSpan.FromMilliseconds(1), MaxTransientRetries = 1, RequestTimeout = TimeSpan.FromSeconds(2) };
            return new GenesysApiClient(HttpClientFactory.Create(endpoint, "test"), endpoint.ApiBase, new TokenManager(new StaticTokenSource("t", null)), policy);
        }

        private static async Task<GenesysApiException> Fails(string rawResponse, bool create = false)
        {
            using var server = new CannedHttpServer(rawResponse);
            using var client = Client(server.Uri);
            var request = create ? ApiRequest.Create("/api/v2/conversations/calls", "{}") : ApiRequest.Get("/api/v2/organizations/me");
            return await Assert.ThrowsAnyAsync<GenesysApiException>(() => client.SendAsync(request, GenesysJsonContext.Default.Organization, NullApiLog.Instance, CancellationToken.None));
        }

        [Fact]
        public async Task Html_error_page_is_an_error_with_the_status()
        {
            var ex = await Fails(CannedHttpServer.Response(502, "text/html", "<html><body>Bad gateway</body></html>"));
            Assert.Equal(502, ex.StatusCode);
            Assert.Null(ex.Code);
            Assert.Contains("without a Genesys error body", ex.Message);
        }

        [Fact]
        public async Task Html_with_200_is_not_mistaken_for_data()
        {
            var ex = await Fails(CannedHttpServer.Response(200, "text/html", "<html>login</html>"));
            Assert.Contains("an HTML page", ex.Message);
        }

        [Fact]
        public async Task Empty_200_is_an_error()
        {
            var ex = await Fails(CannedHttpServer.Response(200, "application/json", ""));
            Assert.Contains("empty", ex.Message);
        }

        [Fact]
        public async Task Truncated_json_is_an_error()
        {
            var ex = await Fails(CannedHttpServer.Response(200, "application/json", "{\"id\":\"abc\",\"na"));
            Assert.Equal(200, ex.StatusCode);
            Assert.Contains("not the expected JSON", ex.Message);
        }

        [Fact]
        public async Task Body_shorter_than_its_content_length_is_an_error_and_a_create_is_outcome_unknown()
        {
            var ex = await Fails(CannedHttpServer.Response(200, "application/json", "{\"id\":", contentLength: 500), create: true);
            Assert.IsType<OutcomeUnknownException>(ex);
        }

        [Fact]
        public async Task Error_status_with_garbage_body_keeps_the_status()
        {
            var ex = await Fails(CannedHttpServer.Response(500, "application/json", "{not json"));
            Assert.Equal(500, ex.StatusCode);
        }
    }
}
