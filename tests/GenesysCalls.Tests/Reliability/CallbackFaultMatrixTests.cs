using System.Text.Json;
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
    /// For each fault, 500 New-OutboundCallback rows against the emulator, judged from the callbacks the emulator holds:
    /// every row has exactly one outcome, no callback is created twice, a create whose answer was lost is unknown, never resent.
    /// </summary>
    public class CallbackFaultMatrixTests
    {
        private const int Rows = 500;
        private readonly ITestOutputHelper _log;

        public CallbackFaultMatrixTests(ITestOutputHelper log) => _log = log;

        private sealed record Outcome(string Scenario, int Created, int Failed, int Unknown, int Held, int Duplicates, int Posts, int Retries);

        [Fact]
        public async Task Every_row_has_one_outcome_and_no_callback_is_created_twice_under_every_fault()
        {
            var outcomes = new List<Outcome>
            {
                await RunAsync("no fault", null),
                await RunAsync("429 storm (3 s)", s => s.SetFaults(new FaultSettings { RateLimitStormSeconds = 3 })),
                await RunAsync("10% of responses 503", s => s.SetFaults(new FaultSettings { ServiceUnavailableRate = 0.1, Seed = 3 })),
                await RunAsync("connection resets (5% before, 5% after handling)",
                    s => s.SetFaults(new FaultSettings { ResetRate = 0.05, ResetAfterRate = 0.05, Seed = 5 })),
                await RunAsync("latency spikes beyond the 1 s client timeout (5%)",
                    s => s.SetFaults(new FaultSettings { LatencyMs = 1500, LatencyRate = 0.05, Seed = 9 })),
                await RunAsync("token expires at the start", s => s.ExpireTokens()),
            };

            var table = new[] { "| scenario | rows | created | failed | unknown | callbacks held | duplicates | POSTs | retries |", "|---|---|---|---|---|---|---|---|---|" }
                .Concat(outcomes.Select(o => $"| {o.Scenario} | {Rows} | {o.Created} | {o.Failed} | {o.Unknown} | {o.Held} | {o.Duplicates} | {o.Posts} | {o.Retries} |"));
            _log.WriteLine(string.Join(Environment.NewLine, table));

            Assert.All(outcomes, o =>
            {
                Assert.Equal(Rows, o.Created + o.Failed + o.Unknown);
                Assert.Equal(0, o.Duplicates);
                Assert.InRange(o.Held, o.Created, o.Created + o.Unknown);
            });
            Outcome Of(string prefix) => outcomes.Single(o => o.Scenario.StartsWith(prefix, StringComparison.Ordinal));
            Assert.Equal(Rows, Of("no fault").Created);
            Assert.Equal(Rows, Of("no fault").Posts);
            Assert.Equal(Rows, Of("429 storm").Created);
            Assert.Equal(Rows, Of("token expires").Created);
            Assert.True(Of("10%").Failed > 0, "creates that got 503 must fail, not be retried");
            Assert.True(Of("connection resets").Unknown > 0, "answers lost after handling must be reported as unknown");
            Assert.True(Of("connection resets").Held > Of("connection resets").Created, "some unknown creates did create a callback");
        }

        private static async Task<Outcome> RunAsync(string scenario, Action<EmulatorServer>? arrange)
        {
            await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Agents = 5, RateLimitPerMinute = 10_000_000 });
            var policy = new RetryPolicy { BackoffBase = TimeSpan.FromMilliseconds(100), RequestTimeout = TimeSpan.FromSeconds(1), MaxTransientRetries = 5 };
            using var session = await Connected.ConnectAsync(server, policy: policy);
            var queue = server.Org.Queues[0].Id;
            arrange?.Invoke(server);
            var output = new RecordingOutput("New-OutboundCallback");
            var create = new OutboundCallbackCreator(output, session) { ThrottleLimit = 8 };
            for (var i = 0; i < Rows; i++)
            {
                await create.ProcessAsync(new OutboundCallbackRow
                {
                    PhoneNumber = new[] { "+1555" + i.ToString("D7") }, QueueId = queue, ScheduledTime = DateTimeOffset.Now.AddDays(1), Input = i,
                }, CancellationToken.None);
            }

            await create.CompleteAsync(CancellationToken.None);
            server.SetFaults(new FaultSettings());
            var held = (await new EmulatorClient(server).GetAsync("/emulator/callbacks", null)).Body.EnumerateArray()
                .Select(c => c.GetProperty("numbers")[0].GetString()!).ToList();
            var unknown = output.Errors.Count(e => e.ErrorId == "NewOutboundCallbackOutcomeUnknown");
            var posts = server.Requests.Count(r => r.Method == "POST" && r.Path == "/api/v2/conversations/callbacks");
            return new Outcome(scenario, output.Objects.Count, output.Errors.Count - unknown, unknown, held.Count, held.Count - held.Distinct().Count(),
                posts, ConnectedOrg.Of(session).Api.Retries);
        }
    }
}
