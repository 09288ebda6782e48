using System.Net;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Emulator
{
    public class EmulatorAuthTests
    {
        [Fact]
        public async Task Pkce_with_a_wrong_verifier_fails()
        {
            await using var server = await EmulatorClient.StartAsync();
            using var client = new EmulatorClient(server);
            var (status, body) = await client.UserTokenAsync("agent0001@example.com", verifierOverride: new string('a', 50));
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
        }

        [Fact]
        public async Task Refresh_tokens_rotate()
        {
            await using var server = await EmulatorClient.StartAsync();
            using var client = new EmulatorClient(server);
            var (_, first) = await client.UserTokenAsync("agent0001@example.com");
            var refresh = first.GetProperty("refresh_token").GetString()!;
            async Task<HttpResponseMessage> Redeem() => await client.Http.PostAsync("/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token", ["refresh_token"] = refresh, ["client_id"] = EmulatorOptions.DefaultCodeClientId,
            }));
            Assert.Equal(HttpStatusCode.OK, (await Redeem()).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await Redeem()).StatusCode);
        }

        [Fact]
        public async Task Authorize_without_a_hint_shows_a_sign_in_page_listing_users()
        {
            await using var server = await EmulatorClient.StartAsync(agents: 3);
            using var client = new EmulatorClient(server);
            var page = await client.Http.GetStringAsync($"/oauth/authorize?client_id={EmulatorOptions.DefaultCodeClientId}&response_type=code&redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2F&code_challenge=abc&code_challenge_method=S256");
            Assert.Contains("agent0003@example.com", page);
            Assert.Contains("login_hint=agent0003", page);
        }

        [Fact]
        public async Task Tokens_expire()
        {
            await using var server = await EmulatorClient.StartAsync(tokenLifetime: 1);
            using var client = new EmulatorClient(server);
            var token = await client.ClientTokenAsync();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v2/organizations/me", token)).Status);
            server.ExpireTokens();
            Assert.Equal("bad.credentials", (await client.GetAsync("/api/v2/organizations/me", token)).Body.GetProperty("code").GetString());
        }

        [Fact]
        public async Task Missing_permission_and_scope_get_403_codes()
        {
            var seed = new SeedDocument
            {
                Clients = new()
                {
                    new SeedClient { Id = "limited", Secret = "s", Permissions = new() { "routing:queue:view" } },
                },
            };
            await using var server = await EmulatorClient.StartAsync(seed: seed);
            using var client = new EmulatorClient(server);
            var token = await client.ClientTokenAsync("limited", "s");
            var agent = server.UserIds[1];
            var (status, body, _) = await client.PostAsync($"/api/v2/conversations/calls/user/{agent}", token, "{\"phoneNumber\":\"+15551234567\"}");
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.Equal("missing.any.permissions", body.GetProperty("code").GetString());
            Assert.Contains("conversation:call:add", body.GetProperty("message").GetString());
        }

        [Fact]
        public async Task Scope_enforcement_for_code_clients_with_scopes()
        {
            var seed = new SeedDocument
            {
                Clients = new() { new SeedClient { Id = EmulatorOptions.DefaultCodeClientId, GrantType = "CODE", Scopes = new() { "users:readonly" } } },
            };
            await using var server = await EmulatorClient.StartAsync(seed: seed);
            using var client = new EmulatorClient(server);
            var (_, token) = await client.UserTokenAsync("agent0001@example.com");
            var access = token.GetProperty("access_token").GetString();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v2/users", access)).Status);
            var denied = await client.PostAsync("/api/v2/conversations/calls", access, "{\"phoneNumber\":\"+15551234567\"}");
            Assert.Equal("app.not.authorized.for.scope", denied.Body.GetProperty("code").GetString());
        }

        [Fact]
        public async Task Two_servers_share_nothing()
        {
            await using var a = await EmulatorClient.StartAsync();
            await using var b = await EmulatorClient.StartAsync();
            using var clientA = new EmulatorClient(a);
            using var clientB = new EmulatorClient(b);
            var tokenA = await clientA.ClientTokenAsync();
            Assert.NotEqual(a.BaseUri, b.BaseUri);
            Assert.Equal("bad.credentials", (await clientB.GetAsync("/api/v2/organizations/me", tokenA)).Body.GetProperty("code").GetString());
            await clientA.PostAsync($"/api/v2/conversations/calls/user/{a.UserIds[1]}", tokenA, "{\"phoneNumber\":\"+15551234567\"}");
            Assert.Equal(1, a.ConversationCount);
            Assert.Equal(0, b.ConversationCount);
        }
    }
}
