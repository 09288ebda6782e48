using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Sessions;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace GenesysCalls.Tests.Reliability
{
    /// <summary>
    /// For each fault, 1,000 New-OutboundCall rows and a 1,000-agent Test-AgentPresence run against the emulator, and
    /// the outcome is judged from the emulator's own records: every row has exactly one outcome, no call is created twice,
    /// reads recover by retry, creates are never retried once they may have been processed.
    /// </summary>
    public class FaultMatrixTests
    {
        private const int Rows = 1000;
        private const int Agents = 1000;
        private readonly ITestOutputHelper _log;

        public FaultMatrixTests(ITestOutputHelper log) => _log = log;

        private sealed record Outcome(string Scenario, int Rows, int Placed, int Failed, int Unknown, int Conversations, int Duplicates, int Retries, int AgentResults, int AgentErrors);

        [Fact]
        public async Task Every_row_has_one_outcome_and_no_call_is_duplicated_under_every_fault()
        {
            var outcomes = new List<Outcome>
            {
                await RunAsync("no fault", null),
                await RunAsync("429 storm (3 s)", s => s.SetFaults(new FaultSettings { RateLimitStormSeconds = 3 })),
                await RunAsync("10% of responses 503", s => s.SetFaults(new FaultSettings { ServiceUnavailableRate = 0.1, Seed = 3 })),
                await RunAsync("connection resets (5% before, 5% after handling)", s => s.SetFaults(new FaultSettings { ResetRate = 0.05, ResetAfterRate = 0.05, Seed = 5 })),
                await RunAsync("latency spikes beyond the 1 s client timeout (5%)", s => s.SetFaults(new FaultSettings { LatencyMs = 1500, LatencyRate = 0.05, Seed = 9 })),
                await RunAsync("token expires mid-batch", null, async org => { await MidBatchAsync(org); org.Server.ExpireTokens(); }),
                await RunAsync("emulator restarts mid-batch", null, RestartAsync),
            };

            var table = new[] { "| scenario | rows | placed | failed | unknown | conversations | duplicates | retries | agents checked | agent errors |", "|---|---|---|---|---|---|---|---|---|---|" }
                .Concat(outcomes.Select(o => $"| {o.Scenario} | {o.Rows} | {o.Placed} | {o.Failed} | {o.Unknown} | {o.Conversations} | {o.Duplicates} | {o.Retries} | {o.AgentResults} | {o.AgentErrors} |"));
            var text = string.Join(Environment.NewLine, table);
            _log.WriteLine(text);
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "fault-matrix.md"), text + Environment.NewLine);

            Assert.All(outcomes, o =>
            {
                Assert.Equal(o.Rows, o.Placed + o.Failed + o.Unknown);
                Assert.Equal(0, o.Duplicates);
                Assert.InRange(o.Conversations, o.Placed, o.Placed + o.Unknown);
                Assert.Equal(Agents, o.AgentResults + o.AgentErrors);
            });

            Outcome Of(string prefix) => outcomes.Single(o => o.Scenario.StartsWith(prefix, StringComparison.Ordinal));
            Assert.Equal(Rows, Of("no fault").Placed);
            Assert.Equal(Rows, Of("429 storm").Placed);
            Assert.Equal(Rows, Of("token expires").Placed);
            Assert.True(Of("token expires").Retries > 0, "the expired token must have been rejected and renewed");
            Assert.True(Of("emulator restarts").Retries + Of("emulator restarts").Unknown + Of("emulator restarts").Failed > 0, "the restart must have been felt");
            Assert.Equal(0, Of("10%").AgentErrors);
            Assert.True(Of("10%").Failed > 0, "creates that got 503 must fail, not be retried");
            Assert.Equal(0, Of("connection resets").AgentErrors);
            Assert.True(Of("connection resets").Unknown > 0, "answers lost after handling must be reported as unknown");
            Assert.Equal(0, Of("latency").AgentErrors);
        }

        /// <summary>The org under test, and the destinations of calls created by earlier lifetimes of it (before a restart).</summary>
        private sealed class Org
        {
            public Org(EmulatorServer server) => Server = server;

            public EmulatorServer Server { get; set; }

            public List<string> EarlierDestinations { get; } = new();

            public IEnumerable<string> AllDestinations => EarlierDestinations.Concat(Server.Org.Conversations.Select(c => c.Destination));
        }

        private static async Task<Outcome> RunAsync(string scenario, Action<EmulatorServer>? arrange, Func<Org, Task>? during = null)
        {
            var org = new Org(await EmulatorServer.StartAsync(new EmulatorOptions { Agents = Agents, RateLimitPerMinute = 10_000_000 }));
            try
            {
                var policy = new RetryPolicy { BackoffBase = TimeSpan.FromMilliseconds(100), RequestTimeout = TimeSpan.FromSeconds(1), MaxTransientRetries = 5 };
                using var session = await Connected.ConnectAsync(org.Server, policy: policy);
                var agentIds = org.Server.UserIds.Skip(1).ToList();
                arrange?.Invoke(org.Server);

                var presence = new RecordingOutput("Test-AgentPresence");
                var calls = new RecordingOutput("New-OutboundCall");
                var work = Task.Run(async () =>
                {
                    var check = new AgentPresenceChecker(presence, session);
                    foreach (var id in agentIds) await check.ProcessAsync(PresenceInput.ForUserId(id), CancellationToken.None);
                    await check.CompleteAsync(CancellationToken.None);
                    var place = new OutboundCallPlacer(calls, session) { ThrottleLimit = 8 };
                    for (var i = 0; i < Rows; i++) await place.ProcessAsync(new OutboundCallRow { PhoneNumber = "+1555" + i.ToString("D7"), OnBehalfOf = agentIds[0], Input = i }, CancellationToken.None);
                    await place.CompleteAsync(CancellationToken.None);
                });

                if (during != null) await during(org);
                await work;

                var unknown = calls.Errors.Count(e => e.ErrorId == "NewOutboundCallOutcomeUnknown");
                var destinations = org.AllDestinations.ToList();
                return new Outcome(scenario, Rows, calls.Objects.Count, calls.Errors.Count - unknown, unknown, destinations.Count,
                    destinations.Count - destinations.Distinct().Count(), ConnectedOrg.Of(session).Api.Retries, presence.Objects.Count, presence.Errors.Count);
            }
            finally
            {
                await org.Server.DisposeAsync();
            }
        }

        /// <summary>Waits until a third of the calls exist, so the disruption lands in the middle of the batch.</summary>
        private static async Task MidBatchAsync(Org org)
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (org.Server.ConversationCount < Rows / 3 && DateTime.UtcNow < deadline) await Task.Delay(2);
            Assert.True(org.Server.ConversationCount < Rows, "the batch ended before the disruption");
        }

        /// <summary>Stops the org while calls are being placed and starts a new one on the same port; both lifetimes' calls are counted.</summary>
        private static async Task RestartAsync(Org org)
        {
            await MidBatchAsync(org);
            var port = org.Server.BaseUri.Port;
            await org.Server.StopAsync();
            org.EarlierDestinations.AddRange(org.Server.Org.Conversations.Select(c => c.Destination));
            await org.Server.DisposeAsync();
            org.Server = await EmulatorServer.StartAsync(new EmulatorOptions { Agents = Agents, RateLimitPerMinute = 10_000_000, Port = port });
        }
    }
}
