using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Outcomes
{
    /// <summary>
    /// `New-OutboundCall | Wait-OutboundCall`: the waiter exists before the first call is placed, so New-OutboundCall has it
    /// subscribe the agents' topics first and even calls that end at once are heard, with no read to catch up.
    /// </summary>
    public class FollowAheadTests : CallsTest
    {
        [Fact]
        public async Task A_waiter_that_exists_before_the_calls_subscribes_their_agent_before_the_first_create()
        {
            var output = new RecordingOutput("Wait-OutboundCall");
            var command = new CallWaiter(output, Session, OutboundCallCondition.Ended, 30);
            List<OutboundCall> calls;
            try
            {
                // Invalid number (fails at once), busy, rejected: each ends before Wait-OutboundCall is handed it.
                calls = await PlaceAsync("+15550100002", "+15550100001", "+15550100004");
                foreach (var call in calls) await command.ProcessAsync(CallInput.From(call.ConversationId, call), CancellationToken.None);
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await command.CompleteAsync(limit.Token);
            }
            finally
            {
                await command.StopAsync();
            }

            Assert.Empty(output.Errors);
            var statuses = output.Objects.Cast<OutboundCallStatus>().ToList();
            Assert.Equal(calls.Select(c => c.ConversationId).OrderBy(id => id), statuses.Select(s => s.ConversationId).OrderBy(id => id));
            Assert.Equal(new OutboundCallOutcome?[] { OutboundCallOutcome.Busy, OutboundCallOutcome.Failed, OutboundCallOutcome.Rejected },
                statuses.Select(s => s.OutcomeValue).OrderBy(o => o.ToString()));
            var requests = Server.Requests.ToList();
            var subscribed = requests.FindIndex(r => r.Method == "POST" && r.Path.EndsWith("/subscriptions", StringComparison.Ordinal));
            var firstCreate = requests.FindIndex(r => r.Method == "POST" && r.Path.StartsWith("/api/v2/conversations/calls/user/", StringComparison.Ordinal));
            Assert.InRange(subscribed, 0, firstCreate - 1);
            Assert.Equal(0, Requests("GET", "/api/v2/conversations/calls/"));
        }

        [Fact]
        public async Task Placing_says_before_the_first_call_that_the_agents_are_subscribed_and_the_waiter_counts_its_topics()
        {
            var waited = new RecordingOutput("Wait-OutboundCall");
            var command = new CallWaiter(waited, Session, OutboundCallCondition.Ended, 30);
            var placing = new RecordingOutput("New-OutboundCall");
            try
            {
                var placer = new OutboundCallPlacer(placing, Session);
                await placer.ProcessAsync(new OutboundCallRow { PhoneNumber = "+15550100005", OnBehalfOf = Agent }, CancellationToken.None);
                await placer.CompleteAsync(CancellationToken.None);
                var call = (OutboundCall)Assert.Single(placing.Objects);
                await command.ProcessAsync(CallInput.From(call.ConversationId, call), CancellationToken.None);
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await command.CompleteAsync(limit.Token);
            }
            finally
            {
                await command.StopAsync();
            }

            var said = placing.Verbose.FindIndex(v => v.StartsWith("Wait-OutboundCall is following this session's calls: the 1 agent(s)",
                StringComparison.Ordinal));
            var posted = placing.Verbose.FindIndex(v => v.StartsWith("POST ", StringComparison.Ordinal) && v.Contains("/calls/user/"));
            Assert.InRange(said, 0, posted - 1);
            Assert.Contains(waited.Verbose, v => v == "Following live: 1 more agent topic(s) subscribed, 1 in all, on 1 channel(s).");
        }

        [Fact]
        public async Task A_stopped_waiter_is_no_longer_told_of_agents()
        {
            var command = new CallWaiter(new RecordingOutput("Wait-OutboundCall"), Session, OutboundCallCondition.Ended, 30);
            await command.StopAsync();

            await PlaceAsync("+15550100005");

            Assert.Equal(0, ChannelsCreated());
            Assert.Equal(0, Requests("POST", "/api/v2/notifications/channels/"));
        }
    }
}
