using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Outcomes;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Outcomes
{
    /// <summary>Wait-OutboundCall's command with live following switched off: every call is polled.</summary>
    public class PollingFallbackTests : CallsTest
    {
        private static readonly Dictionary<char, OutboundCallOutcome> ByLastDigit = new()
        {
            ['0'] = OutboundCallOutcome.NoAnswer, ['1'] = OutboundCallOutcome.Busy, ['2'] = OutboundCallOutcome.Failed,
            ['3'] = OutboundCallOutcome.Answered,
            ['4'] = OutboundCallOutcome.Rejected, ['5'] = OutboundCallOutcome.Answered, ['8'] = OutboundCallOutcome.Answered,
        };

        private static FollowSettings Polling(int budget = 6000) => new()
        {
            DisableLive = true, RateBudgetPerMinute = budget,
            MinPollInterval = TimeSpan.FromMilliseconds(50)
        };

        [Fact]
        public async Task Every_call_gets_its_outcome_once()
        {
            var calls = await PlaceAsync("+15550100000", "+15550100001", "+15550100002", "+15550100003", "+15550100004", "+15550100005",
                "+15550100008");
            var output = new RecordingOutput("Wait-OutboundCall");
            await WaitAsync(new CallWaiter(output, Session, OutboundCallCondition.Ended, 30, Polling()), calls, output);

            Assert.Empty(output.Errors);
            var statuses = output.Objects.Cast<OutboundCallStatus>().ToList();
            Assert.Equal(calls.Count, statuses.Count);
            Assert.Equal(calls.Count, statuses.Select(s => s.ConversationId).Distinct().Count());
            foreach (var status in statuses)
            {
                Assert.Equal(OutboundCallState.Ended, status.StateValue);
                Assert.Equal(ByLastDigit[status.Call!.Destination.Last()], status.OutcomeValue);
                Assert.Same(calls.Single(c => c.ConversationId == status.ConversationId), status.Call);
            }

            var of = (char d) => statuses.Single(s => s.Call!.Destination.Last() == d);
            Assert.Equal(17, of('1').Q850Code);
            Assert.Equal(486, of('1').SipCode);
            Assert.Equal("error.ininedgecontrol.remote.unallocated", of('2').ErrorCode);
            Assert.Equal(CallParty.Agent, of('3').DisconnectedByValue);
            Assert.Equal(CallParty.Customer, of('5').DisconnectedByValue);
            Assert.Equal(CallDisconnectType.Endpoint, of('5').DisconnectTypeValue);
            Assert.All(statuses.Where(s => s.OutcomeValue == OutboundCallOutcome.Answered), s => Assert.InRange(s.TalkTime.TotalMilliseconds, 150, 250));
            Assert.Contains(output.Verbose, v => v.Contains("live following is switched off", StringComparison.Ordinal));
            Assert.Equal(0, ChannelsCreated());
        }

        [Fact]
        public async Task A_call_that_does_not_end_in_time_is_one_timeout_error_with_its_last_status()
        {
            var calls = await PlaceAsync("+15550100009");
            var output = new RecordingOutput("Wait-OutboundCall");
            await WaitAsync(new CallWaiter(output, Session, OutboundCallCondition.Ended, 1, Polling()), calls, output);

            Assert.Empty(output.Objects);
            var error = Assert.Single(output.Errors);
            Assert.Equal("WaitOutboundCallTimeout", error.ErrorId);
            Assert.Equal(ErrorKind.OperationTimeout, error.Category);
            var last = Assert.IsType<OutboundCallStatus>(error.TargetObject);
            Assert.Equal(OutboundCallState.Connected, last.StateValue);
            Assert.Null(last.Outcome);
        }

        [Fact]
        public async Task Until_answered_writes_the_connected_call_and_an_error_for_one_that_is_busy()
        {
            var calls = await PlaceAsync("+15550100009", "+15550100001");
            var output = new RecordingOutput("Wait-OutboundCall");
            await WaitAsync(new CallWaiter(output, Session, OutboundCallCondition.Answered, 10, Polling()), calls, output);

            var answered = Assert.IsType<OutboundCallStatus>(Assert.Single(output.Objects));
            Assert.Equal(OutboundCallState.Connected, answered.StateValue);
            Assert.NotNull(answered.AnsweredAt);
            var error = Assert.Single(output.Errors);
            Assert.Equal("WaitOutboundCallNotAnswered", error.ErrorId);
            Assert.Equal(OutboundCallOutcome.Busy, ((OutboundCallStatus)error.TargetObject!).OutcomeValue);
        }

        [Fact]
        public async Task Polling_stays_within_a_quarter_of_the_rate_budget()
        {
            // Budget 8 per minute: a quarter is 2 per minute, with a burst of at most 2.
            var calls = await PlaceAsync("+15550100009");
            Server.ClearRequests();
            var output = new RecordingOutput("Wait-OutboundCall");
            await WaitAsync(new CallWaiter(output, Session, OutboundCallCondition.Ended, 3, Polling(budget: 8)), calls, output);

            Assert.Equal("WaitOutboundCallTimeout", Assert.Single(output.Errors).ErrorId);
            Assert.InRange(Requests("GET", "/api/v2/conversations/calls/"), 1, 2);
        }

        [Fact]
        public async Task Invalid_ids_are_refused_without_a_request()
        {
            var output = new RecordingOutput("Wait-OutboundCall");
            var command = new CallWaiter(output, Session, OutboundCallCondition.Ended, 5, Polling());
            await command.ProcessAsync(CallInput.From("not-a-conversation", null), CancellationToken.None);
            await command.CompleteAsync(CancellationToken.None);
            await command.StopAsync();
            Assert.Equal("WaitOutboundCallInvalidConversationId", Assert.Single(output.Errors).ErrorId);
            Assert.Empty(Server.Requests);
        }

        [Fact]
        public async Task An_unknown_conversation_is_a_not_found_error()
        {
            var output = new RecordingOutput("Wait-OutboundCall");
            var command = new CallWaiter(output, Session, OutboundCallCondition.Ended, 5, Polling());
            await command.ProcessAsync(CallInput.From(Guid.NewGuid().ToString(), null), CancellationToken.None);
            await command.CompleteAsync(CancellationToken.None);
            await command.StopAsync();
            Assert.Equal("WaitOutboundCallNotFound", Assert.Single(output.Errors).ErrorId);
        }
    }
}
