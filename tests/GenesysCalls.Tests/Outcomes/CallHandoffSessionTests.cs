using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Outcomes;
using GenesysCalls.Core.Sessions;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Outcomes
{
    /// <summary>The New→Wait handoff between the real commands on emulated sessions: who registers, who is told, who follows what.</summary>
    public class CallHandoffSessionTests : CallsTest
    {
        private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

        [Fact]
        public async Task Wait_OutboundCall_registers_when_it_begins_and_unregisters_when_it_stops()
        {
            var handoff = ConnectedOrg.Of(Session).Handoff;
            Assert.Equal(0, handoff.WaiterCount);

            var command = new CallWaiter(new RecordingOutput(), Session, OutboundCallCondition.Ended, 30);
            Assert.Equal(1, handoff.WaiterCount);
            await command.StopAsync();
            Assert.Equal(0, handoff.WaiterCount);
            await command.StopAsync();
            Assert.Equal(0, handoff.WaiterCount);
        }

        [Fact]
        public async Task A_waiter_told_before_the_create_hears_the_call_from_its_first_event_without_reading_it()
        {
            var follower = new CallFollower(Session, NullApiLog.Instance, new FollowSettings { Timeout = Guard });
            var handoff = ConnectedOrg.Of(Session).Handoff;
            try
            {
                using (handoff.Register(follower))
                {
                    Assert.Equal(1, await handoff.AnnounceCallersAsync(new[] { Agent }, CancellationToken.None));
                }

                // Busy: the call ends at once, before the follower is handed it.
                var created = await ConnectedOrg.Of(Session).Api.SendAsync(
                    ApiRequest.Create("/api/v2/conversations/calls/user/" + Agent, "{\"phoneNumber\":\"+15550100001\"}"),
                    GenesysJsonContext.Default.CreateCallResponse, NullApiLog.Instance, CancellationToken.None);
                follower.Add(OutboundCallStatus.Initial(created.Value.Id!, null, Agent));
                var report = await NextReportAsync(follower);

                Assert.Equal(FollowResult.Reached, report.Result);
                Assert.Equal(OutboundCallOutcome.Busy, report.Status.OutcomeValue);
            }
            finally
            {
                await follower.StopAsync();
            }

            var requests = Server.Requests.ToList();
            var subscribed = requests.FindIndex(r => r.Method == "POST" && r.Path.EndsWith("/subscriptions", StringComparison.Ordinal));
            var create = requests.FindIndex(r => r.Method == "POST" && r.Path.StartsWith("/api/v2/conversations/calls/user/", StringComparison.Ordinal));
            Assert.InRange(subscribed, 0, create - 1);
            Assert.Equal(0, Requests("GET", "/api/v2/conversations/calls/"));
        }

        [Fact]
        public async Task Two_waiters_on_one_session_are_both_told_and_each_reports_only_the_calls_handed_to_it()
        {
            var firstOutput = new RecordingOutput();
            var secondOutput = new RecordingOutput();
            var first = new CallWaiter(firstOutput, Session, OutboundCallCondition.Ended, 30);
            var second = new CallWaiter(secondOutput, Session, OutboundCallCondition.Ended, 30);
            List<OutboundCall> calls;
            try
            {
                calls = await PlaceAsync("+15550100001", "+15550100004");
                Assert.Equal(2, ChannelsCreated());
                await WaitAsync(first, calls.Take(1), firstOutput);
                await WaitAsync(second, calls.Skip(1), secondOutput);
            }
            finally
            {
                await first.StopAsync();
                await second.StopAsync();
            }

            Assert.Empty(firstOutput.Errors);
            Assert.Empty(secondOutput.Errors);
            var a = (OutboundCallStatus)Assert.Single(firstOutput.Objects);
            var b = (OutboundCallStatus)Assert.Single(secondOutput.Objects);
            Assert.Equal((calls[0].ConversationId, OutboundCallOutcome.Busy), (a.ConversationId, a.OutcomeValue!.Value));
            Assert.Equal((calls[1].ConversationId, OutboundCallOutcome.Rejected), (b.ConversationId, b.OutcomeValue!.Value));
            Assert.Equal(0, Requests("GET", "/api/v2/conversations/calls/"));
        }

        [Fact]
        public async Task A_waiter_on_another_session_is_not_told_of_this_sessions_agents()
        {
            var other = await Connected.ConnectAsync(Server);
            Server.ClearRequests();
            var elsewhere = new CallWaiter(new RecordingOutput(), other, OutboundCallCondition.Ended, 30);
            var placing = new RecordingOutput();
            try
            {
                var placer = new OutboundCallPlacer(placing, Session);
                await placer.ProcessAsync(new OutboundCallRow { PhoneNumber = "+15550100001", OnBehalfOf = Agent }, CancellationToken.None);
                await placer.CompleteAsync(CancellationToken.None);
                Assert.IsType<OutboundCall>(Assert.Single(placing.Objects));
            }
            finally
            {
                await elsewhere.StopAsync();
                other.Dispose();
            }

            Assert.Single(ConnectedOrg.Of(Session).Handoff.Placed.Matching(string.Empty));
            Assert.DoesNotContain(placing.Verbose, v => v.StartsWith("Wait-OutboundCall is following", StringComparison.Ordinal));
            Assert.Equal(0, ChannelsCreated());
        }

        [Fact]
        public async Task A_follower_that_stopped_but_is_still_registered_neither_subscribes_nor_holds_the_placer()
        {
            var follower = new CallFollower(Session, NullApiLog.Instance, new FollowSettings());
            var handoff = new CallHandoff(Timeout.InfiniteTimeSpan);
            using var registration = handoff.Register(follower);
            await follower.StopAsync();

            var announcing = handoff.AnnounceCallersAsync(new[] { Agent }, CancellationToken.None);

            Assert.Same(announcing, await Task.WhenAny(announcing, Task.Delay(Guard)));
            Assert.Equal(1, await announcing);
            Assert.Equal(0, ChannelsCreated());
        }

        private static async Task<FollowReport> NextReportAsync(CallFollower follower)
        {
            using var limit = new CancellationTokenSource(Guard);
            FollowReport? report;
            while (!follower.TryTake(out report)) await follower.WaitAsync(TimeSpan.FromMilliseconds(250), limit.Token);
            return report;
        }
    }
}
