using GenesysCalls.Core.Completion;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Completion
{
    public class OrgCompletionsTests : ConnectedTest
    {
        public OrgCompletionsTests()
            : base(agents: 30)
        {
        }

        [Fact]
        public void Queues_complete_to_ids_listed_by_name()
        {
            var item = Assert.Single(OrgCompletions.Queues(Session, "Sa"));
            Assert.Equal("Sales", item.Display);
            Assert.Equal(Server.Org.Queues.Single(q => q.Name == "Sales").Id, item.Value);
            Assert.Equal(2, OrgCompletions.Queues(Session, "").Count);
        }

        [Fact]
        public void Emails_complete_by_prefix()
        {
            var items = OrgCompletions.Emails(Session, "agent001");
            Assert.Equal(Enumerable.Range(10, 10).Select(i => $"agent00{i}@example.com"), items.Select(i => i.Value));
        }

        [Fact]
        public void Answers_are_cached_perSession()
        {
            OrgCompletions.Queues(Session, "Su");
            OrgCompletions.Queues(Session, "Su");
            Assert.Single(Server.Requests, r => r.Path == "/api/v2/routing/queues");
        }

        [Fact]
        public void A_slow_org_gives_no_completions_after_the_timeout()
        {
            Server.SetFaults(new FaultSettings { LatencyMs = 5000 });
            var watch = System.Diagnostics.Stopwatch.StartNew();
            Assert.Empty(OrgCompletions.Emails(Session, "slow"));
            Assert.True(watch.Elapsed < OrgCompletions.Timeout + TimeSpan.FromSeconds(2));
        }

        [Fact]
        public void A_disconnectedSession_gives_nothing_and_sends_nothing()
        {
            Session.Dispose();
            Assert.Empty(OrgCompletions.Queues(Session, ""));
            Assert.Empty(Server.Requests);
        }
    }
}
