using GenesysCalls.Core.Completion;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Completion
{
    public class OrgCompletionsTests : IAsyncLifetime
    {
        private EmulatorServer _server = null!;
        private GenesysSession _session = null!;

        public async Task InitializeAsync()
        {
            _server = await EmulatorClient.StartAsync(agents: 30);
            _session = await Connected.ConnectAsync(_server);
            _server.ClearRequests();
        }

        public async Task DisposeAsync()
        {
            _session.Dispose();
            await _server.DisposeAsync();
        }

        [Fact]
        public void Queues_complete_to_ids_listed_by_name()
        {
            var item = Assert.Single(OrgCompletions.Queues(_session, "Sa"));
            Assert.Equal("Sales", item.Display);
            Assert.Equal(_server.Org.Queues.Single(q => q.Name == "Sales").Id, item.Value);
            Assert.Equal(2, OrgCompletions.Queues(_session, "").Count);
        }

        [Fact]
        public void Emails_complete_by_prefix()
        {
            var items = OrgCompletions.Emails(_session, "agent001");
            Assert.Equal(Enumerable.Range(10, 10).Select(i => $"agent00{i}@example.com"), items.Select(i => i.Value));
        }

        [Fact]
        public void Answers_are_cached_per_session()
        {
            OrgCompletions.Queues(_session, "Su");
            OrgCompletions.Queues(_session, "Su");
            Assert.Single(_server.Requests, r => r.Path == "/api/v2/routing/queues");
        }

        [Fact]
        public void A_slow_org_gives_no_completions_after_the_timeout()
        {
            _server.SetFaults(new FaultSettings { LatencyMs = 5000 });
            var watch = System.Diagnostics.Stopwatch.StartNew();
            Assert.Empty(OrgCompletions.Emails(_session, "slow"));
            Assert.True(watch.Elapsed < OrgCompletions.Timeout + TimeSpan.FromSeconds(2));
        }

        [Fact]
        public void A_disconnected_session_gives_nothing_and_sends_nothing()
        {
            _session.Dispose();
            Assert.Empty(OrgCompletions.Queues(_session, ""));
            Assert.Empty(_server.Requests);
        }
    }
}
