using System.Net;
using System.Text.Json;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Emulator
{
    public class EmulatorApiTests : IAsyncLifetime
    {
        private EmulatorServer _server = null!;
        private EmulatorClient _client = null!;
        private string _token = null!;

        public async Task InitializeAsync()
        {
            _server = await EmulatorClient.StartAsync(agents: 250);
            _client = new EmulatorClient(_server);
            _token = await _client.ClientTokenAsync();
        }

        public async Task DisposeAsync()
        {
            _client.Dispose();
            await _server.DisposeAsync();
        }

        private string Agent(int i) => _server.UserIds[i + 1];

        [Fact]
        public async Task Binds_https_on_loopback_only()
        {
            Assert.Equal("https", _server.BaseUri.Scheme);
            Assert.Equal("127.0.0.1", _server.BaseUri.Host);
            var (status, body, _) = await _client.GetAsync("/.well-known/oauth-authorization-server", null);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(_server.BaseUri.ToString().TrimEnd('/') + "/oauth/token", body.GetProperty("token_endpoint").GetString());
            Assert.Equal("S256", body.GetProperty("code_challenge_methods_supported")[0].GetString());
        }

        [Fact]
        public async Task Wrong_secret_is_invalid_client()
        {
            using var response = await _client.Http.PostAsync("/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = _server.Options.ClientId, ["client_secret"] = "wrong",
            }));
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("invalid_client", body.GetProperty("error").GetString());
            Assert.Equal("authentication failed", body.GetProperty("error_description").GetString());
        }

        [Fact]
        public async Task Missing_and_unknown_tokens_get_401_error_bodies()
        {
            var (status, body, response) = await _client.GetAsync("/api/v2/users", null);
            Assert.Equal(HttpStatusCode.Unauthorized, status);
            Assert.Equal("authentication.required", body.GetProperty("code").GetString());
            Assert.Equal(401, body.GetProperty("status").GetInt32());
            Assert.Equal(response.Headers.GetValues("ININ-Correlation-Id").Single(), body.GetProperty("contextId").GetString());
            Assert.Equal("bad.credentials", (await _client.GetAsync("/api/v2/users", "nope")).Body.GetProperty("code").GetString());
        }

        [Fact]
        public async Task Users_by_id_expand_presence_routing_and_station()
        {
            var (status, body, _) = await _client.GetAsync($"/api/v2/users?id={Agent(0)}&id={Agent(3)}&expand=presence,routingStatus,station", _token);
            Assert.Equal(HttpStatusCode.OK, status);
            var users = body.GetProperty("entities").EnumerateArray().ToList();
            Assert.Equal(2, users.Count);
            Assert.Equal("Available", users[0].GetProperty("presence").GetProperty("presenceDefinition").GetProperty("systemPresence").GetString());
            Assert.Equal("OFF_QUEUE", users[0].GetProperty("routingStatus").GetProperty("status").GetString());
            Assert.True(users[0].GetProperty("station").TryGetProperty("effectiveStation", out _));
            Assert.False(users[1].GetProperty("station").TryGetProperty("effectiveStation", out _));
        }

        [Fact]
        public async Task More_than_100_ids_is_max_user_ids()
        {
            var query = string.Join("&", Enumerable.Range(0, 101).Select(i => "id=" + Agent(i)));
            var (status, body, _) = await _client.GetAsync("/api/v2/users?" + query, _token);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal("max.user.ids", body.GetProperty("code").GetString());
        }

        [Fact]
        public async Task Unknown_user_is_general_resource_not_found()
        {
            Assert.Equal("general.resource.not.found", (await _client.GetAsync("/api/v2/users/" + Guid.NewGuid(), _token)).Body.GetProperty("code").GetString());
            Assert.Equal("general.resource.not.found", (await _client.GetAsync("/api/v2/users?id=" + Guid.NewGuid(), _token)).Body.GetProperty("code").GetString());
        }

        [Fact]
        public async Task Users_page_through_the_org_active_by_default()
        {
            var (_, body, _) = await _client.GetAsync("/api/v2/users?pageSize=100&pageNumber=3", _token);
            Assert.Equal(46, body.GetProperty("entities").GetArrayLength());
            Assert.Equal(246, body.GetProperty("total").GetInt32());
            var any = await _client.GetAsync("/api/v2/users?pageSize=100&pageNumber=3&state=any", _token);
            Assert.Equal(251, any.Body.GetProperty("total").GetInt32());
        }

        [Fact]
        public async Task Users_me_refuses_client_credentials_and_answers_users()
        {
            Assert.Equal("not.a.user", (await _client.GetAsync("/api/v2/users/me", _token)).Body.GetProperty("code").GetString());
            var (status, token) = await _client.UserTokenAsync("agent0001@example.com");
            Assert.Equal(HttpStatusCode.OK, status);
            var me = await _client.GetAsync("/api/v2/users/me", token.GetProperty("access_token").GetString());
            Assert.Equal("agent0001@example.com", me.Body.GetProperty("email").GetString());
        }

        [Fact]
        public async Task Search_by_email_finds_users_and_404s_when_none_match()
        {
            var json = "{\"pageSize\":25,\"query\":[{\"type\":\"EXACT\",\"fields\":[\"email\"],\"values\":[\"agent0002@example.com\",\"agent0005@example.com\"]}]}";
            var (status, body, _) = await _client.PostAsync("/api/v2/users/search", _token, json);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(2, body.GetProperty("total").GetInt32());
            var none = await _client.PostAsync("/api/v2/users/search", _token, json.Replace("agent0002", "nobody").Replace("agent0005", "nobody2"));
            Assert.Equal("resource.not.found", none.Body.GetProperty("code").GetString());
        }

        [Fact]
        public async Task Presence_routing_status_and_station_endpoints()
        {
            var presence = await _client.GetAsync($"/api/v2/users/{Agent(1)}/presences/purecloud", _token);
            Assert.Equal("OnQueue", presence.Body.GetProperty("presenceDefinition").GetProperty("systemPresence").GetString());
            Assert.Equal("presenceservice.usernotfound", (await _client.GetAsync($"/api/v2/users/{Guid.NewGuid()}/presences/purecloud", _token)).Body.GetProperty("code").GetString());
            var bulk = await _client.GetAsync($"/api/v2/users/presences/purecloud/bulk?id={Agent(0)}&id={Agent(1)}", _token);
            Assert.Equal(2, bulk.Body.GetArrayLength());
            var tooMany = await _client.GetAsync("/api/v2/users/presences/purecloud/bulk?" + string.Join("&", Enumerable.Range(0, 51).Select(i => "id=" + Agent(i))), _token);
            Assert.Equal("max.user.presences", tooMany.Body.GetProperty("code").GetString());
            Assert.Equal("OFF_QUEUE", (await _client.GetAsync($"/api/v2/users/{Guid.NewGuid()}/routingstatus", _token)).Body.GetProperty("status").GetString());
            Assert.True((await _client.GetAsync($"/api/v2/users/{Agent(0)}/station", _token)).Body.TryGetProperty("effectiveStation", out _));
        }

        [Fact]
        public async Task Queues_tokens_and_organization()
        {
            var queues = await _client.GetAsync("/api/v2/routing/queues?name=Sal*", _token);
            var sales = Assert.Single(queues.Body.GetProperty("entities").EnumerateArray());
            Assert.Equal("Sales", sales.GetProperty("name").GetString());
            Assert.Equal("Sales", (await _client.GetAsync("/api/v2/routing/queues/" + sales.GetProperty("id").GetString(), _token)).Body.GetProperty("name").GetString());
            Assert.Equal("invalid.id", (await _client.GetAsync("/api/v2/routing/queues/not-a-guid", _token)).Body.GetProperty("code").GetString());
            var tokenInfo = await _client.GetAsync("/api/v2/tokens/me", _token);
            Assert.Equal("CLIENT-CREDENTIALS", tokenInfo.Body.GetProperty("OAuthClient").GetProperty("authorizedGrantType").GetString());
            Assert.Equal("Emulated Org", (await _client.GetAsync("/api/v2/organizations/me", _token)).Body.GetProperty("name").GetString());
        }

        [Fact]
        public async Task Create_call_as_a_client_is_not_a_user()
        {
            var (status, body, _) = await _client.PostAsync("/api/v2/conversations/calls", _token, "{\"phoneNumber\":\"+15551234567\"}");
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal("not.a.user", body.GetProperty("code").GetString());
            Assert.Equal(0, _server.ConversationCount);
        }

        [Fact]
        public async Task Create_call_on_behalf_then_read_it_back()
        {
            var (status, body, _) = await _client.PostAsync($"/api/v2/conversations/calls/user/{Agent(0)}", _token, "{\"phoneNumber\":\"+15551234567\"}");
            Assert.Equal(HttpStatusCode.OK, status);
            var id = body.GetProperty("id").GetString()!;
            Assert.Equal("/api/v2/conversations/calls/" + id, body.GetProperty("selfUri").GetString());
            var conversation = await _client.GetAsync("/api/v2/conversations/calls/" + id, _token);
            Assert.Equal("+15551234567", conversation.Body.GetProperty("participants")[1].GetProperty("address").GetString());
            Assert.Equal("conversation.error.conversation.not.found", (await _client.GetAsync("/api/v2/conversations/calls/" + Guid.NewGuid(), _token)).Body.GetProperty("code").GetString());
        }

        [Fact]
        public async Task Create_call_as_a_user_uses_the_users_station()
        {
            var (_, token) = await _client.UserTokenAsync("agent0001@example.com");
            var ok = await _client.PostAsync("/api/v2/conversations/calls", token.GetProperty("access_token").GetString(), "{\"phoneNumber\":\"+15551234567\"}");
            Assert.Equal(HttpStatusCode.OK, ok.Status);
            var (_, noStation) = await _client.UserTokenAsync("agent0004@example.com");
            var refused = await _client.PostAsync("/api/v2/conversations/calls", noStation.GetProperty("access_token").GetString(), "{\"phoneNumber\":\"+15551234567\"}");
            Assert.Equal("conversation.error.no.user.station", refused.Body.GetProperty("code").GetString());
            Assert.Equal(1, _server.ConversationCount);
        }

        [Theory]
        [InlineData("{\"to\":\"+15551234567\"}", "invalid.property")]
        [InlineData("{\"participants\":[{\"to\":\"+15551234567\"}]}", "invalid.property")]
        [InlineData("{\"phoneNumber\":\"+15551234567\",\"callQueueId\":\"x\"}", "too.many.create.conversation.parameters")]
        [InlineData("{\"callerId\":\"+15551234567\"}", "missing.create.conversation.destination.parameter")]
        [InlineData("{\"phoneNumber\":5}", "invalid.value")]
        [InlineData("{\"phoneNumber\":\"+1\",\"priority\":\"high\"}", "invalid.value")]
        [InlineData("{\"callQueueId\":\"00000000-0000-4000-8000-000000000000\"}", "general.resource.not.found")]
        [InlineData("{\"phoneNumber\":", "bad.request")]
        public async Task Invalid_bodies_get_the_service_codes(string json, string code)
        {
            var (status, body, _) = await _client.PostAsync($"/api/v2/conversations/calls/user/{Agent(0)}", _token, json);
            Assert.Equal(code, body.GetProperty("code").GetString());
            Assert.True((int)status is 400 or 404);
            Assert.Equal(0, _server.ConversationCount);
        }

        [Fact]
        public async Task The_body_is_checked_before_the_path_user_is_looked_up()
        {
            var unknown = "/api/v2/conversations/calls/user/00000000-0000-4000-8000-00000000dead";
            var (badStatus, bad, _) = await _client.PostAsync(unknown, _token, "{\"from\":{\"phoneNumber\":\"+15551234567\"},\"to\":[{\"phoneNumber\":\"+15559876543\"}]}");
            Assert.Equal((400, "invalid.property"), ((int)badStatus, bad.GetProperty("code").GetString()));
            var (goodStatus, good, _) = await _client.PostAsync(unknown, _token, "{\"phoneNumber\":\"+15551234567\"}");
            Assert.Equal((404, "general.resource.not.found"), ((int)goodStatus, good.GetProperty("code").GetString()));
        }

        [Fact]
        public async Task On_behalf_of_an_agent_without_station_is_refused()
        {
            var (_, body, _) = await _client.PostAsync($"/api/v2/conversations/calls/user/{Agent(3)}", _token, "{\"phoneNumber\":\"+15551234567\"}");
            Assert.Equal("conversation.error.no.user.station", body.GetProperty("code").GetString());
        }

        [Fact]
        public async Task Wrong_content_type_huge_body_and_unknown_route()
        {
            var wrongType = await _client.SendAsync(HttpMethod.Post, $"/api/v2/conversations/calls/user/{Agent(0)}", _token, "phoneNumber=1", "text/plain");
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.Status);
            Assert.Equal("unsupported.media.type", wrongType.Body.GetProperty("code").GetString());
            var huge = await _client.PostAsync($"/api/v2/conversations/calls/user/{Agent(0)}", _token, "{\"label\":\"" + new string('x', 2 * 1024 * 1024) + "\"}");
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.Status);
            Assert.Equal("request.entity.too.large", huge.Body.GetProperty("code").GetString());
            var missing = await _client.GetAsync("/api/v2/nothing/here", _token);
            Assert.Equal(HttpStatusCode.NotFound, missing.Status);
            Assert.Equal("not.found", missing.Body.GetProperty("code").GetString());
        }

        [Fact]
        public async Task Request_log_records_and_clears()
        {
            _server.ClearRequests();
            await _client.GetAsync("/api/v2/organizations/me", _token);
            var log = await _client.GetAsync("/emulator/requests", null);
            var entry = Assert.Single(log.Body.EnumerateArray());
            Assert.Equal("/api/v2/organizations/me", entry.GetProperty("path").GetString());
            Assert.Equal(200, entry.GetProperty("status").GetInt32());
            await _client.SendAsync(HttpMethod.Delete, "/emulator/requests", null);
            Assert.Empty(_server.Requests);
        }

        [Fact]
        public async Task Admin_can_change_an_agent()
        {
            var changed = await _client.SendAsync(HttpMethod.Patch, $"/emulator/users/{Agent(0)}", null, "{\"presence\":\"Offline\",\"hasStation\":false}");
            Assert.Equal(HttpStatusCode.OK, changed.Status);
            var user = await _client.GetAsync($"/api/v2/users/{Agent(0)}?expand=presence,station", _token);
            Assert.Equal("Offline", user.Body.GetProperty("presence").GetProperty("presenceDefinition").GetProperty("systemPresence").GetString());
            Assert.False(user.Body.GetProperty("station").TryGetProperty("effectiveStation", out _));
        }
    }
}
