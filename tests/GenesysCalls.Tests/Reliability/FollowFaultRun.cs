using System.Diagnostics;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Outcomes;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Reliability
{
    /// <summary>What one fault did to the followed calls, judged against the emulator's own plan of each call.</summary>
    internal sealed record FollowOutcome(string Scenario, int Calls, int Statuses, int Errors, int Lost, int Twice, int WrongOutcome,
        int UnknownOutcome,
        IReadOnlyList<string> ErrorIds, int ChannelsCreated, int CallReads, TimeSpan Elapsed)
    {
        /// <summary>GET /api/v2/analytics/conversations/details (bulk reasons).</summary>
        public int AnalyticsReads { get; init; }

        /// <summary>GET /api/v2/conversations/{id} (one call's reasons).</summary>
        public int DetailsReads { get; init; }
    }

    /// <summary>
    /// One scenario of the follow fault matrix: an org whose calls play out at call speed 20 (0.05 s to 1.5 s each), N calls placed
    /// across the agents, then Wait-OutboundCall's command follows them while the fault lands.
    /// </summary>
    internal sealed class FollowFaultRun
    {
        public const double CallSpeed = 20;

        // Last digit of the number -> outcome (docs/emulator.md); 9 never ends and is not used.
        private static readonly OutboundCallOutcome[] ByDigit =
        {
            OutboundCallOutcome.NoAnswer, OutboundCallOutcome.Busy, OutboundCallOutcome.Failed, OutboundCallOutcome.Answered,
            OutboundCallOutcome.Rejected, OutboundCallOutcome.Answered, OutboundCallOutcome.Answered, OutboundCallOutcome.Answered,
            OutboundCallOutcome.Answered,
        };

        private readonly int _calls;
        private readonly int _agents;

        public FollowFaultRun(int calls, int agents)
        {
            _calls = calls;
            _agents = agents;
        }

        public EmulatorServer Server { get; private set; } = null!;

        /// <summary>Changes the org of one scenario (the analytics store's lag, a client without the analytics permission).</summary>
        public Action<EmulatorOptions>? Configure { get; init; }

        public EmulatorOptions Options(int agents, int port = 0)
        {
            var options = new EmulatorOptions
            {
                Agents = agents + 1, RateLimitPerMinute = 10_000_000, CallSpeed = CallSpeed, HeartbeatSeconds = 0.2, Port = port,
            };
            Configure?.Invoke(options);
            return options;
        }

        public static FollowSettings Settings()
        {
            var settings = new FollowSettings
            {
                RateBudgetPerMinute = 400_000, MinPollInterval = TimeSpan.FromMilliseconds(100),
                AnalyticsBatchDelay = TimeSpan.FromMilliseconds(200), AnalyticsInterval = TimeSpan.FromMilliseconds(200),
                ReasonsWait = TimeSpan.FromSeconds(3),
            };
            settings.Channels.ReconnectBackoff = TimeSpan.FromMilliseconds(100);
            settings.Channels.QuietAfter = TimeSpan.FromMilliseconds(600);
            settings.Channels.PongTimeout = TimeSpan.FromMilliseconds(800);
            return settings;
        }

        /// <summary>Places the calls, follows them, and runs <paramref name="fault"/> once following has begun.</summary>
        public async Task<FollowOutcome> RunAsync(string scenario, Func<FollowFaultRun, Task>? before, Func<FollowFaultRun, Task>? fault,
            int faultAfterMs = 300)
        {
            Server = await EmulatorServer.StartAsync(Options(_agents));
            var channels = 0;
            var reads = 0;
            try
            {
                var policy = new RetryPolicy { BackoffBase = TimeSpan.FromMilliseconds(50), MaxTransientRetries = 6 };
                using var session = await Connected.ConnectAsync(Server, policy: policy);
                var agentIds = await ReadyAgentsAsync();
                var calls = await PlaceAsync(session, agentIds);
                if (before != null) await before(this);
                Server.ClearRequests();
                var clock = Stopwatch.StartNew();
                var output = new RecordingOutput("Wait-OutboundCall");
                var command = new CallWaiter(output, session, OutboundCallCondition.Ended, 30, Settings());
                try
                {
                    foreach (var call in calls) await command.ProcessAsync(CallInput.From(call.ConversationId, call), CancellationToken.None);
                    var injected = fault == null ? Task.CompletedTask : Task.Delay(faultAfterMs).ContinueWith(_ => fault(this)).Unwrap();
                    using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                    await command.CompleteAsync(limit.Token);
                    await injected;
                }
                finally
                {
                    await command.StopAsync();
                }

                channels = Server.Requests.Count(r => r.Method == "POST" && r.Path == "/api/v2/notifications/channels");
                reads = Server.Requests.Count(r => r.Method == "GET" && r.Path.StartsWith("/api/v2/conversations/calls/", StringComparison.Ordinal));
                var bulk = Server.Requests.Count(r => r.Method == "GET" && r.Path.StartsWith("/api/v2/analytics/", StringComparison.Ordinal));
                var details = Server.Requests.Count(r => r.Method == "GET" && r.Path.StartsWith("/api/v2/conversations/", StringComparison.Ordinal)
                    && !r.Path.StartsWith("/api/v2/conversations/calls", StringComparison.Ordinal));
                return Judge(scenario, calls, output, channels, reads, clock.Elapsed) with { AnalyticsReads = bulk, DetailsReads = details };
            }
            finally
            {
                await Server.DisposeAsync();
            }
        }

        /// <summary>Stops the org and starts an empty one on the same port: channels, tokens and calls are gone with the old one.</summary>
        public async Task RestartAsync()
        {
            var port = Server.BaseUri.Port;
            await Server.StopAsync();
            await Server.DisposeAsync();
            Server = await EmulatorServer.StartAsync(Options(_agents, port));
        }

        public async Task AdminAsync(string path, object? body = null)
        {
            using var emulator = new EmulatorClient(Server);
            var json = body == null ? "" : System.Text.Json.JsonSerializer.Serialize(body);
            var response = await emulator.Http.PostAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
            Assert.True(response.IsSuccessStatusCode, path + " answered " + (int)response.StatusCode);
        }

        private FollowOutcome Judge(string scenario, List<OutboundCall> calls, RecordingOutput output, int channels, int reads, TimeSpan elapsed)
        {
            var statuses = output.Objects.Cast<OutboundCallStatus>().ToList();
            var reported = statuses.Select(s => s.ConversationId)
                .Concat(output.Errors.Select(e => (e.TargetObject as OutboundCallStatus)?.ConversationId ?? "?")).ToList();
            var lost = calls.Count(c => !reported.Contains(c.ConversationId));
            var twice = reported.GroupBy(id => id).Count(g => g.Count() > 1);
            // Unknown is the honest answer when the disconnect reasons could not be read (the org restarted in between); anything else is wrong.
            var unknown = statuses.Count(s => s.OutcomeValue == OutboundCallOutcome.Unknown);
            var wrong = statuses.Count(s => s.OutcomeValue != OutboundCallOutcome.Unknown && s.OutcomeValue != ByDigit[s.Call!.Destination.Last() - '0']);
            return new FollowOutcome(scenario, calls.Count, statuses.Count, output.Errors.Count, lost, twice, wrong, unknown,
                output.Errors.Select(e => e.ErrorId).Distinct().OrderBy(id => id).ToList(), channels, reads, elapsed);
        }

        private async Task<List<string>> ReadyAgentsAsync()
        {
            var ids = Server.UserIds.Skip(1).Take(_agents).ToList();
            using var emulator = new EmulatorClient(Server);
            foreach (var id in ids)
            {
                var change = new StringContent("{\"state\":\"active\",\"hasStation\":true}", System.Text.Encoding.UTF8, "application/json");
                Assert.True((await emulator.Http.PatchAsync("/emulator/users/" + id, change)).IsSuccessStatusCode);
            }

            return ids;
        }

        private async Task<List<OutboundCall>> PlaceAsync(GenesysSession session, List<string> agentIds)
        {
            var output = new RecordingOutput("New-OutboundCall");
            var place = new OutboundCallPlacer(output, session) { ThrottleLimit = 8 };
            for (var i = 0; i < _calls; i++)
            {
                var row = new OutboundCallRow { PhoneNumber = $"+1555{i / 9:D6}{i % 9}", OnBehalfOf = agentIds[i % agentIds.Count] };
                await place.ProcessAsync(row, CancellationToken.None);
            }

            await place.CompleteAsync(CancellationToken.None);
            Assert.Empty(output.Errors);
            return output.Objects.Cast<OutboundCall>().ToList();
        }
    }
}
