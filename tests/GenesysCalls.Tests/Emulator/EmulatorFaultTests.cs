using System.Net;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Emulator
{
    public class EmulatorFaultTests
    {
        [Fact]
        public async Task Rate_limit_gives_429_with_retry_after_and_the_real_body()
        {
            await using var server = await EmulatorClient.StartAsync(rateLimit: 3);
            using var client = new EmulatorClient(server);
            var token = await client.ClientTokenAsync();
            for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v2/organizations/me", token)).Status);
            var (status, body, response) = await client.GetAsync("/api/v2/organizations/me", token);
            Assert.Equal(HttpStatusCode.TooManyRequests, status);
            Assert.Equal("too.many.requests.retry.after", body.GetProperty("code").GetString());
            var retryAfter = int.Parse(response.Headers.GetValues("Retry-After").Single());
            Assert.InRange(retryAfter, 1, 60);
            Assert.Contains("[" + retryAfter + "]", body.GetProperty("message").GetString());
        }

        [Fact]
        public async Task Service_unavailable_share_and_path_filter()
        {
            await using var server = await EmulatorClient.StartAsync();
            using var client = new EmulatorClient(server);
            var token = await client.ClientTokenAsync();
            server.SetFaults(new FaultSettings { ServiceUnavailableRate = 1, PathContains = "/conversations/calls" });
            var (status, body, _) = await client.PostAsync($"/api/v2/conversations/calls/user/{server.UserIds[1]}", token, "{\"phoneNumber\":\"+15551234567\"}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Equal("service.unavailable", body.GetProperty("code").GetString());
            Assert.Equal(0, server.ConversationCount);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v2/organizations/me", token)).Status);
        }

        [Fact]
        public async Task Reset_before_handling_does_nothing_reset_after_handling_loses_only_the_answer()
        {
            await using var server = await EmulatorClient.StartAsync();
            using var client = new EmulatorClient(server);
            var token = await client.ClientTokenAsync();
            var path = $"/api/v2/conversations/calls/user/{server.UserIds[1]}";
            server.SetFaults(new FaultSettings { ResetRate = 1 });
            await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync(path, token, "{\"phoneNumber\":\"+15551234567\"}"));
            Assert.Equal(0, server.ConversationCount);
            server.SetFaults(new FaultSettings { ResetAfterRate = 1 });
            await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync(path, token, "{\"phoneNumber\":\"+15551234567\"}"));
            Assert.Equal(1, server.ConversationCount);
            Assert.Contains(server.Requests, r => r.Status == 0);
        }

        [Fact]
        public async Task Storm_returns_429_for_its_window_then_recovers()
        {
            await using var server = await EmulatorClient.StartAsync();
            using var client = new EmulatorClient(server);
            var token = await client.ClientTokenAsync();
            server.SetFaults(new FaultSettings { RateLimitStormSeconds = 1 });
            var (status, _, response) = await client.GetAsync("/api/v2/organizations/me", token);
            Assert.Equal(HttpStatusCode.TooManyRequests, status);
            Assert.Equal("1", response.Headers.GetValues("Retry-After").Single());
            await Task.Delay(1100);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v2/organizations/me", token)).Status);
        }

        [Fact]
        public async Task Latency_is_added()
        {
            await using var server = await EmulatorClient.StartAsync();
            using var client = new EmulatorClient(server);
            var token = await client.ClientTokenAsync();
            server.SetFaults(new FaultSettings { LatencyMs = 300 });
            server.ClearRequests();
            await client.GetAsync("/api/v2/organizations/me", token);
            Assert.True(Assert.Single(server.Requests).DurationMs >= 290);
        }

        [Fact]
        public async Task Faults_are_set_over_http_too()
        {
            await using var server = await EmulatorClient.StartAsync();
            using var client = new EmulatorClient(server);
            var set = await client.PostAsync("/emulator/faults", null, "{\"serviceUnavailableRate\":1}");
            Assert.Equal(HttpStatusCode.OK, set.Status);
            var token = await client.ClientTokenAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/api/v2/organizations/me", token)).Status);
            await client.SendAsync(HttpMethod.Delete, "/emulator/faults", null);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v2/organizations/me", token)).Status);
        }
    }
}
