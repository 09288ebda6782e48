using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Outcomes;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Outcomes
{
    /// <summary>Wait-OutboundCall's command following calls over the emulator's notification service.</summary>
    public class LiveFollowingTests : CallsTest
    {
        private static readonly string[] NineNumbers = Enumerable.Range(0, 9).Select(d => "+1555010000" + d).ToArray();

        [Fact]
        public async Task Nine_calls_followed_live_with_one_read_each_at_most()
        {
            var calls = await PlaceAsync(NineNumbers);
            Server.ClearRequests();
            var output = new RecordingOutput("Wait-OutboundCall");
            await WaitAsync(new CallWaiter(output, Session, OutboundCallCondition.Ended, 30), calls, output);

            Assert.Empty(output.Errors);
            var statuses = output.Objects.Cast<OutboundCallStatus>().ToList();
            Assert.Equal(9, statuses.Select(s => s.ConversationId).Distinct().Count());
            Assert.Equal(9, statuses.Count);
            Assert.Equal(17, statuses.Single(s => s.Call!.Destination.EndsWith('1')).Q850Code);
            Assert.Equal(OutboundCallOutcome.Rejected, statuses.Single(s => s.Call!.Destination.EndsWith('4')).OutcomeValue);
            Assert.Equal(1, ChannelsCreated());
            Assert.InRange(Requests("GET", "/api/v2/conversations/calls/"), 0, 9);
            Assert.Contains(output.Verbose, v => v.StartsWith("Following live", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Calls_placed_after_the_subscription_need_no_read_at_all()
        {
            var first = await PlaceAsync("+15550100009");
            var output = new RecordingOutput("Wait-OutboundCall");
            var command = new CallWaiter(output, Session, OutboundCallCondition.Ended, 20);
            try
            {
                await command.ProcessAsync(CallInput.From(first[0].ConversationId, first[0]), CancellationToken.None);
                await Task.Delay(3000);
                Server.ClearRequests();
                var later = await PlaceAsync("+15550100005", "+15550100006", "+15550100007");
                foreach (var call in later) await command.ProcessAsync(CallInput.From(call.ConversationId, call), CancellationToken.None);
                var stop = new CallDisconnector(new RecordingOutput("Stop-OutboundCall"), Session);
                await stop.ProcessAsync(CallInput.From(first[0].ConversationId, first[0]), CancellationToken.None);
                await command.CompleteAsync(CancellationToken.None);
            }
            finally
            {
                await command.StopAsync();
            }

            Assert.Empty(output.Errors);
            Assert.Equal(4, output.Objects.Count);
            // One read by Stop-OutboundCall's check; none by the follower for the three later calls.
            Assert.Equal(1, Requests("GET", "/api/v2/conversations/calls/"));
            Assert.Equal(0, ChannelsCreated());
        }

        [Fact]
        public async Task Calls_placed_before_the_subscription_are_not_read_when_their_events_come()
        {
            var calls = await PlaceAsync("+15550100009", "+15550100019", "+15550100029");
            Server.ClearRequests();
            var output = new RecordingOutput("Wait-OutboundCall");
            // A long grace, so the hang-up's events certainly arrive within it.
            var command = new CallWaiter(output, Session, OutboundCallCondition.Ended, 30, new FollowSettings { FirstEventGrace = TimeSpan.FromSeconds(20) });
            try
            {
                foreach (var call in calls) await command.ProcessAsync(CallInput.From(call.ConversationId, call), CancellationToken.None);
                var deadline = DateTime.UtcNow.AddSeconds(15);
                while (Requests("PUT", "/api/v2/notifications/channels/") + Requests("POST", "/api/v2/notifications/channels/") == 0 && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(50);
                }

                await Task.Delay(300);
                var stop = new CallDisconnector(new RecordingOutput("Stop-OutboundCall"), Session);
                foreach (var call in calls) await stop.ProcessAsync(CallInput.From(call.ConversationId, call), CancellationToken.None);
                await command.CompleteAsync(CancellationToken.None);
            }
            finally
            {
                await command.StopAsync();
            }

            Assert.Empty(output.Errors);
            Assert.Equal(3, output.Objects.Cast<OutboundCallStatus>().Count(s => s.StateValue == OutboundCallState.Ended));
            // Three reads by Stop-OutboundCall's own check; none by the follower, whose first reads the events made unnecessary.
            Assert.Equal(3, Requests("GET", "/api/v2/conversations/calls/"));
        }

        [Fact]
        public async Task Topics_spread_over_more_channels_when_one_is_full()
        {
            var settings = new FollowSettings();
            settings.Channels.MaxTopicsPerChannel = 1;
            var calls = new List<OutboundCall>();
            foreach (var agent in new[] { Server.UserIds[1], Server.UserIds[2], Server.UserIds[3] })
            {
                var output0 = new RecordingOutput("New-OutboundCall");
                var place = new OutboundCallPlacer(output0, Session);
                await place.ProcessAsync(new GenesysCalls.Core.Calls.OutboundCallRow { PhoneNumber = "+15550100005", OnBehalfOf = agent },
                    CancellationToken.None);
                await place.CompleteAsync(CancellationToken.None);
                calls.AddRange(output0.Objects.Cast<OutboundCall>());
            }

            Assert.Equal(3, calls.Count);
            var output = new RecordingOutput("Wait-OutboundCall");
            var command = new CallWaiter(output, Session, OutboundCallCondition.Ended, 20, settings);
            await WaitAsync(command, calls, output);
            Assert.Equal(3, output.Objects.Count);
            Assert.Equal(3, command.ChannelCount);
        }

        [Fact]
        public async Task Rejected_subscriptions_fall_back_to_polling_and_say_why()
        {
            await AdminAsync("/emulator/notifications/faults", new { rejectClientCredentialsSubscriptions = true });
            var calls = await PlaceAsync("+15550100001", "+15550100005");
            var output = new RecordingOutput("Wait-OutboundCall");
            var settings = new FollowSettings { RateBudgetPerMinute = 6000, MinPollInterval = TimeSpan.FromMilliseconds(50) };
            await WaitAsync(new CallWaiter(output, Session, OutboundCallCondition.Ended, 20, settings), calls, output);

            Assert.Empty(output.Errors);
            Assert.Equal(new[] { OutboundCallOutcome.Answered, OutboundCallOutcome.Busy },
                output.Objects.Cast<OutboundCallStatus>().Select(s => s.OutcomeValue!.Value).OrderBy(o => o));
            Assert.Contains(output.Verbose, v => v.StartsWith("Polling", StringComparison.Ordinal) && v.Contains("missing permission",
                StringComparison.Ordinal));
        }
    }
}
