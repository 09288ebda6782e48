using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Sessions;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace GenesysCalls.Tests.Outbound
{
    /// <summary>
    /// The fault matrix for Add-OutboundContact: a 10,000-row import (10 batches) per fault, judged from the emulator's
    /// own contact list. Every row has exactly one outcome, no contact is added twice (rows carry distinct numbers), and
    /// the contacts that exist lie between the added count and added + unknown.
    /// </summary>
    public class ContactImportFaultMatrixTests
    {
        private const int Rows = 10_000;
        private readonly ITestOutputHelper _log;

        public ContactImportFaultMatrixTests(ITestOutputHelper log) => _log = log;

        private sealed record Outcome(string Scenario, int Added, int Failed, int Unknown, int Stored, int Duplicates, int Retries, int Posts);

        [Fact]
        public async Task Every_row_has_one_outcome_and_no_contact_is_added_twice_under_every_fault()
        {
            var outcomes = new List<Outcome>
            {
                await RunAsync("no fault", null),
                await RunAsync("429 storm (3 s)", s => s.SetFaults(new FaultSettings { RateLimitStormSeconds = 3, PathContains = "/api/v2/outbound" })),
                await RunAsync("30% of responses 503", s => s.SetFaults(new FaultSettings { ServiceUnavailableRate = 0.3, PathContains = "/api/v2/outbound", Seed = 4 })),
                await RunAsync("resets (20% before, 20% after handling)", s => s.SetFaults(new FaultSettings { ResetRate = 0.2, ResetAfterRate = 0.2, PathContains = "/api/v2/outbound", Seed = 7 })),
                await RunAsync("token expires mid-import", null, ExpireMidImportAsync),
            };

            var text = string.Join(Environment.NewLine, new[] { "| scenario | rows | added | failed | unknown | contacts stored | duplicates | retries | POSTs |", "|---|---|---|---|---|---|---|---|---|" }
                .Concat(outcomes.Select(o => $"| {o.Scenario} | {Rows} | {o.Added} | {o.Failed} | {o.Unknown} | {o.Stored} | {o.Duplicates} | {o.Retries} | {o.Posts} |")));
            _log.WriteLine(text);
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "contact-fault-matrix.md"), text + Environment.NewLine);

            Assert.All(outcomes, o =>
            {
                Assert.Equal(Rows, o.Added + o.Failed + o.Unknown);
                Assert.Equal(0, o.Duplicates);
                Assert.InRange(o.Stored, o.Added, o.Added + o.Unknown);
                Assert.Equal(0, (o.Added + o.Failed + o.Unknown) % 1000);
            });

            Outcome Of(string prefix) => outcomes.Single(o => o.Scenario.StartsWith(prefix, StringComparison.Ordinal));
            Assert.Equal((Rows, 10), (Of("no fault").Added, Of("no fault").Posts));
            Assert.Equal(Rows, Of("429 storm").Added);
            Assert.True(Of("429 storm").Retries > 0, "the storm must have been waited out");
            Assert.Equal(Rows, Of("token expires").Added);
            Assert.True(Of("token expires").Retries > 0, "the expired token must have been rejected and renewed");
            Assert.True(Of("30%").Failed > 0, "batches that got 503 must fail, not be resent");
            Assert.Equal(0, Of("30%").Unknown);
            Assert.True(Of("resets").Unknown > 0, "batches whose answer was lost must be reported as unknown");
        }

        private static async Task<Outcome> RunAsync(string scenario, Action<EmulatorServer>? arrange, Func<EmulatorServer, Task>? during = null)
        {
            await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Agents = 1, RateLimitPerMinute = 10_000_000 });
            var policy = new RetryPolicy { BackoffBase = TimeSpan.FromMilliseconds(50), RequestTimeout = TimeSpan.FromSeconds(10), MaxTransientRetries = 5 };
            using var session = await Connected.ConnectAsync(server, policy: policy);
            var list = server.Org.Outbound.ContactLists[0];
            arrange?.Invoke(server);

            var output = new RecordingOutput("Add-OutboundContact");
            var work = Task.Run(async () =>
            {
                var command = new OutboundContactAdder(output, session, list.Id);
                await command.BeginAsync(CancellationToken.None);
                for (var i = 0; i < Rows; i++) await command.ProcessAsync(OutboundContactAdderTests.Row(i), CancellationToken.None);
                await command.CompleteAsync(CancellationToken.None);
            });
            if (during != null) await during(server);
            await work;

            var unknown = output.Errors.Count(e => e.ErrorId == "AddOutboundContactOutcomeUnknown");
            List<string> phones;
            lock (server.Org.Outbound.Gate) phones = list.Contacts.Select(c => c.Data["Phone"]).ToList();
            return new Outcome(scenario, output.Objects.Count, output.Errors.Count - unknown, unknown, phones.Count, phones.Count - phones.Distinct().Count(),
                ConnectedOrg.Of(session).Api.Retries, server.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/contacts", StringComparison.Ordinal)));
        }

        /// <summary>Expires every token once three batches are stored, so the next batch meets a 401.</summary>
        private static async Task ExpireMidImportAsync(EmulatorServer server)
        {
            var list = server.Org.Outbound.ContactLists[0];
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline)
            {
                lock (server.Org.Outbound.Gate)
                {
                    if (list.Contacts.Count >= 3000) break;
                }

                await Task.Delay(2);
            }

            lock (server.Org.Outbound.Gate) Assert.True(list.Contacts.Count < Rows, "the import ended before the token expired");
            server.ExpireTokens();
        }
    }
}
