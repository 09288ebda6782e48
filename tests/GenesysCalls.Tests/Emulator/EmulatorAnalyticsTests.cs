using System.Net;
using System.Text.Json;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Emulator
{
    /// <summary>The analytics store: both forms, the definition's shapes and codes, its lag, scope and permission.</summary>
    public class EmulatorAnalyticsTests
    {
        private static Task<EmulatorServer> StartAsync(double lag, SeedDocument? seed = null) => EmulatorServer.StartAsync(new EmulatorOptions
        {
            Agents = 5, RateLimitPerMinute = 100_000, CallSpeed = 20, AnalyticsLagSeconds = lag, Seed = seed,
        });

        private static async Task<string> PlaceAsync(EmulatorClient client, string token, string number)
        {
            var (status, body, _) = await client.PostAsync($"/api/v2/conversations/calls/user/{client.Server.UserIds[1]}", token,
                "{\"phoneNumber\":\"" + number + "\"}");
            Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Accepted, "create answered " + status);
            return body.GetProperty("id").GetString()!;
        }

        [Fact]
        public async Task A_call_appears_in_both_forms_only_after_it_ended_and_the_store_caught_up()
        {
            await using var server = await StartAsync(lag: 20); // 1 s at call speed 20
            using var client = new EmulatorClient(server);
            var token = await client.ClientTokenAsync();
            var busy = await PlaceAsync(client, token, "+15550000001"); // busy: ends after 2 s / 20 = 0.1 s
            var missing = Guid.NewGuid().ToString();
            await Task.Delay(300);
            var (status, early, _) = await client.GetAsync($"/api/v2/analytics/conversations/details?id={busy}&id={missing}", token);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(0, early.GetProperty("conversations").GetArrayLength());
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v2/analytics/conversations/{busy}/details", token)).Status);

            await Task.Delay(1200);
            var (_, late, _) = await client.GetAsync($"/api/v2/analytics/conversations/details?id={busy},{missing}", token);
            var conversation = Assert.Single(late.GetProperty("conversations").EnumerateArray());
            Assert.Equal(busy, conversation.GetProperty("conversationId").GetString());
            Assert.NotNull(conversation.GetProperty("conversationEnd").GetString());
            var segments = conversation.GetProperty("participants").EnumerateArray()
                .SelectMany(p => p.GetProperty("sessions").EnumerateArray()).SelectMany(s => s.GetProperty("segments").EnumerateArray()).ToList();
            Assert.Contains(segments, s => s.TryGetProperty("disconnectType", out var t) && t.GetString() == "endpoint");
            Assert.Contains(segments, s => s.TryGetProperty("q850ResponseCodes", out var q) && q.EnumerateArray().Any(c => c.GetInt64() == 17));
            Assert.Contains(segments, s => s.TryGetProperty("sipResponseCodes", out var q) && q.EnumerateArray().Any(c => c.GetInt64() == 486));

            var (one, single, _) = await client.GetAsync($"/api/v2/analytics/conversations/{busy}/details", token);
            Assert.Equal(HttpStatusCode.OK, one);
            Assert.Equal(busy, single.GetProperty("conversationId").GetString());
        }

        [Fact]
        public async Task A_store_that_never_catches_up_has_no_record()
        {
            await using var server = await StartAsync(lag: -1);
            using var client = new EmulatorClient(server);
            var token = await client.ClientTokenAsync();
            var busy = await PlaceAsync(client, token, "+15550000001");
            await Task.Delay(400);
            var (_, body, _) = await client.GetAsync($"/api/v2/analytics/conversations/details?id={busy}", token);
            Assert.Equal(0, body.GetProperty("conversations").GetArrayLength());
        }

        [Fact]
        public async Task More_ids_than_the_store_takes_is_a_400_response_entity_too_large()
        {
            await using var server = await StartAsync(lag: 0);
            using var client = new EmulatorClient(server);
            var token = await client.ClientTokenAsync();
            var ids = string.Join("&", Enumerable.Range(0, 101).Select(_ => "id=" + Guid.NewGuid()));
            var (status, body, _) = await client.GetAsync("/api/v2/analytics/conversations/details?" + ids, token);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal("response.entity.too.large", body.GetProperty("code").GetString());
        }

        [Fact]
        public async Task Without_the_scope_or_the_permission_both_forms_answer_403()
        {
            var seed = new SeedDocument
            {
                Clients = new()
                {
                    new SeedClient { Id = "scoped", Secret = "s", Name = "Scoped", Scopes = new() { "conversations" } },
                    new SeedClient { Id = "plain", Secret = "s", Name = "No analytics", Permissions = new() { "conversation:call:add" } },
                },
            };
            await using var server = await StartAsync(lag: 0, seed);
            using var client = new EmulatorClient(server);
            var id = Guid.NewGuid();
            foreach (var path in new[] { $"/api/v2/analytics/conversations/details?id={id}", $"/api/v2/analytics/conversations/{id}/details" })
            {
                var scoped = await client.GetAsync(path, await client.ClientTokenAsync("scoped", "s"));
                Assert.Equal((HttpStatusCode.Forbidden, "app.not.authorized.for.scope"), (scoped.Status, scoped.Body.GetProperty("code").GetString()));
                var plain = await client.GetAsync(path, await client.ClientTokenAsync("plain", "s"));
                Assert.Equal((HttpStatusCode.Forbidden, "missing.any.permissions"), (plain.Status, plain.Body.GetProperty("code").GetString()));
            }
        }

        [Theory]
        [InlineData("transfer.noanswer", "noAnswerTransfer")]
        [InlineData("endpoint.donotdisturb", "dndEndpoint")]
        [InlineData("transport.failure", "transportFailure")]
        [InlineData("transfer.conference", "conferenceTransfer")]
        [InlineData("timeout", "timeout")]
        public void Disconnect_types_are_spelled_as_analytics_spells_them(string rest, string analytics) =>
            Assert.Equal(analytics, AnalyticsEndpoints.ForAnalytics(rest));

        [Fact]
        public void The_lag_is_an_option()
        {
            Assert.Equal(2, new EmulatorOptions().AnalyticsLagSeconds);
            Assert.Equal(-1, EmulatorOptions.Parse(new[] { "--analytics-lag", "-1" }).AnalyticsLagSeconds);
            Assert.Equal(0.5, EmulatorOptions.Parse(new[] { "--analytics-lag", "0.5" }).AnalyticsLagSeconds);
        }
    }
}
