using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Outcomes;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Outcomes
{
    /// <summary>An emulated org whose calls play out at call speed 100, a client-credentials session, and a way to place calls.</summary>
    public abstract class CallsTest : IAsyncLifetime
    {
        private readonly EmulatorOptions _options;

        protected CallsTest(double callSpeed = 100, double heartbeatSeconds = 30, double channelLifetimeSeconds = 86400)
        {
            _options = new EmulatorOptions
            {
                Agents = 20, RateLimitPerMinute = 100_000, CallSpeed = callSpeed, HeartbeatSeconds = heartbeatSeconds,
                ChannelLifetimeSeconds = channelLifetimeSeconds,
            };
        }

        protected EmulatorServer Server { get; private set; } = null!;

        protected GenesysSession Session { get; private set; } = null!;

        /// <summary>Agent 0001: active, with a station.</summary>
        protected string Agent => Server.UserIds[1];

        public async Task InitializeAsync()
        {
            Server = await EmulatorServer.StartAsync(_options);
            Session = await Connected.ConnectAsync(Server, policy: new() { BackoffBase = TimeSpan.FromMilliseconds(10), MaxTransientRetries = 3 });
            Server.ClearRequests();
        }

        public async Task DisposeAsync()
        {
            Session.Dispose();
            await Server.DisposeAsync();
        }

        /// <summary>Places one call per number through New-OutboundCall's command, on behalf of <see cref="Agent"/>.</summary>
        internal async Task<List<OutboundCall>> PlaceAsync(params string[] numbers)
        {
            var output = new RecordingOutput("New-OutboundCall");
            var command = new OutboundCallPlacer(output, Session);
            foreach (var number in numbers) await command.ProcessAsync(new OutboundCallRow { PhoneNumber = number, OnBehalfOf = Agent },
                CancellationToken.None);
            await command.CompleteAsync(CancellationToken.None);
            Assert.Empty(output.Errors);
            return output.Objects.Cast<OutboundCall>().ToList();
        }

        internal static async Task<RecordingOutput> WaitAsync(CallWaiter command, IEnumerable<OutboundCall> calls,
            RecordingOutput output,
            int timeoutSec = 30)
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSec + 30));
            try
            {
                foreach (var call in calls) await command.ProcessAsync(CallInput.From(call.ConversationId, call), limit.Token);
                await command.CompleteAsync(limit.Token);
            }
            finally
            {
                await command.StopAsync();
            }

            return output;
        }

        /// <summary>POST to the emulator's admin API (faults, drops).</summary>
        protected async Task AdminAsync(string path, object? body = null, string method = "POST")
        {
            using var emulator = new EmulatorClient(Server);
            var json = body == null ? "" : System.Text.Json.JsonSerializer.Serialize(body);
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(Server.BaseUri, path))
            {
                Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
            };
            var response = await emulator.Http.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, path + " answered " + (int)response.StatusCode);
        }

        /// <summary>Follows the calls, and runs <paramref name="fault"/> after <paramref name="faultAfterMs"/> while they are followed.</summary>
        internal async Task<RecordingOutput> WaitWithFaultAsync(IEnumerable<OutboundCall> calls, Func<Task> fault, int faultAfterMs,
            FollowSettings? settings = null, int timeoutSec = 30)
        {
            var output = new RecordingOutput("Wait-OutboundCall");
            var command = new CallWaiter(output, Session, OutboundCallCondition.Ended, timeoutSec, settings ?? new FollowSettings());
            try
            {
                foreach (var call in calls) await command.ProcessAsync(CallInput.From(call.ConversationId, call), CancellationToken.None);
                var injected = Task.Delay(faultAfterMs).ContinueWith(_ => fault()).Unwrap();
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSec + 30));
                await command.CompleteAsync(limit.Token);
                await injected;
            }
            finally
            {
                await command.StopAsync();
            }

            return output;
        }

        protected int ChannelsCreated() => Server.Requests.Count(r => r.Method == "POST" && r.Path == "/api/v2/notifications/channels");

        protected int Requests(string method, string pathStart) =>
            Server.Requests.Count(r => r.Method == method && r.Path.StartsWith(pathStart, StringComparison.Ordinal));
    }
}
