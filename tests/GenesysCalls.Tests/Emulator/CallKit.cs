using System.Net;
using System.Text.Json;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Emulator
{
    /// <summary>A fast emulator (call speed 100 unless told) with a client token, for the call and notification tests.</summary>
    public sealed class CallKit : IAsyncDisposable
    {
        private CallKit(EmulatorServer server, EmulatorClient client, string token)
        {
            Server = server;
            Client = client;
            Token = token;
        }

        public EmulatorServer Server { get; }
        public EmulatorClient Client { get; }
        public string Token { get; }

        /// <summary>Agent 0001: active, with a station.</summary>
        public string Agent => Server.UserIds[1];

        public static async Task<CallKit> StartAsync(double callSpeed = 100, double heartbeatSeconds = 30, double channelLifetimeSeconds = 86400)
        {
            var server = await EmulatorServer.StartAsync(new EmulatorOptions
            {
                Agents = 20, RateLimitPerMinute = 100_000, CallSpeed = callSpeed, HeartbeatSeconds = heartbeatSeconds,
                ChannelLifetimeSeconds = channelLifetimeSeconds,
            });
            var client = new EmulatorClient(server);
            return new CallKit(server, client, await client.ClientTokenAsync());
        }

        public async Task<string> PlaceAsync(string phoneNumber, string? userId = null, string? body = null)
        {
            var (status, json, _) = await Client.PostAsync($"/api/v2/conversations/calls/user/{userId ?? Agent}", Token,
                body ?? "{\"phoneNumber\":\"" + phoneNumber + "\"}");
            Assert.Equal(HttpStatusCode.OK, status);
            return json.GetProperty("id").GetString()!;
        }

        public async Task<JsonElement> CallAsync(string id)
        {
            var (status, body, _) = await Client.GetAsync("/api/v2/conversations/calls/" + id, Token);
            Assert.Equal(HttpStatusCode.OK, status);
            return body;
        }

        public async Task<JsonElement> ConversationAsync(string id)
        {
            var (status, body, _) = await Client.GetAsync("/api/v2/conversations/" + id, Token);
            Assert.Equal(HttpStatusCode.OK, status);
            return body;
        }

        /// <summary>Polls GET /conversations/calls/{id} until the leg that is not <paramref name="userId"/> reaches the state.</summary>
        public async Task<JsonElement> WaitForRemoteAsync(string id, string state, string? userId = null, int timeoutMs = 5000)
        {
            var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
            while (true)
            {
                var call = await CallAsync(id);
                if (Remote(call, userId ?? Agent).GetProperty("state").GetString() == state) return call;
                if (DateTime.UtcNow > deadline) Assert.Fail($"Call {id} never reached {state}: {call}");
                await Task.Delay(10);
            }
        }

        public static JsonElement Caller(JsonElement call, string userId) => call.GetProperty("participants").EnumerateArray()
            .Single(p => p.TryGetProperty("user", out var u) && u.GetProperty("id").GetString() == userId);

        public static JsonElement Remote(JsonElement call, string userId) => call.GetProperty("participants").EnumerateArray()
            .Single(p => !(p.TryGetProperty("user", out var u) && u.GetProperty("id").GetString() == userId));

        public static async Task UntilAsync(Func<Task<bool>> condition, string what, int timeoutMs = 5000)
        {
            var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
            while (!await condition())
            {
                if (DateTime.UtcNow > deadline) Assert.Fail("Timed out waiting for " + what);
                await Task.Delay(10);
            }
        }

        public static double Ms(JsonElement leg, string from, string to) =>
            (DateTimeOffset.Parse(leg.GetProperty(to).GetString()!) - DateTimeOffset.Parse(leg.GetProperty(from).GetString()!)).TotalMilliseconds;

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Server.DisposeAsync();
        }
    }
}
