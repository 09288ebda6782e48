using GenesysCalls.Core.Outcomes;
using Xunit;
using static GenesysCalls.Tests.Outcomes.CannedCalls;

namespace GenesysCalls.Tests.Outcomes
{
    public class CallStatusReducerTests
    {
        // The lifecycle of an answered call that the customer hangs up, as four successive snapshots.
        private static readonly CallSnapshot AgentAlerting = Snapshot(Agent("alerting"));
        private static readonly CallSnapshot CustomerDialing = Snapshot(Agent("connected", connected: 1), Customer("dialing"));
        private static readonly CallSnapshot CustomerConnected = Snapshot(Agent("connected", connected: 1), Customer("connected", connected: 4));
        private static readonly CallSnapshot CustomerHungUp = Snapshot(
            Agent("disconnected", connected: 1, ended: 24, disconnectType: "peer"),
            Customer("disconnected", connected: 4, ended: 24, disconnectType: "endpoint"));

        [Fact]
        public void Before_any_leg_the_call_is_dialing_without_outcome()
        {
            var status = Start();
            Assert.Equal(OutboundCallState.Dialing, status.StateValue);
            Assert.Null(status.Outcome);
            Assert.Equal(TimeSpan.Zero, status.TalkTime);
        }

        [Fact]
        public void Each_step_of_an_answered_call()
        {
            var s = CallStatusReducer.Reduce(Start(), AgentAlerting);
            Assert.Equal(OutboundCallState.Ringing, s.StateValue);
            s = CallStatusReducer.Reduce(s, CustomerDialing);
            Assert.Equal(OutboundCallState.Ringing, s.StateValue);
            Assert.Null(s.AnsweredAt);
            s = CallStatusReducer.Reduce(s, CustomerConnected);
            Assert.Equal(OutboundCallState.Connected, s.StateValue);
            Assert.Equal(T0.AddSeconds(4), s.AnsweredAt);
            Assert.Null(s.Outcome);
            s = CallStatusReducer.Reduce(s, CustomerHungUp);
            Assert.Equal(OutboundCallState.Ended, s.StateValue);
            Assert.Equal(OutboundCallOutcome.Answered, s.OutcomeValue);
            Assert.Equal(TimeSpan.FromSeconds(20), s.TalkTime);
            Assert.Equal(T0.AddSeconds(24), s.EndedAt);
            Assert.Equal(CallParty.Customer, s.DisconnectedByValue);
            Assert.Equal(CallDisconnectType.Endpoint, s.DisconnectTypeValue);
            Assert.Equal(AgentId, s.OnBehalfOf);
            Assert.Equal("phone +15550100003", s.Destination);
        }

        [Theory]
        [InlineData("client", "peer", CallParty.Agent)]
        [InlineData("endpoint", "peer", CallParty.Agent)]
        [InlineData("peer", "endpoint", CallParty.Customer)]
        [InlineData("system", "system", CallParty.System)]
        [InlineData("error", "transport.failure", CallParty.System)]
        [InlineData("peer", "peer", CallParty.System)]
        [InlineData("peer", "system", CallParty.Customer)]
        [InlineData("peer", "timeout", CallParty.System)]
        [InlineData("peer", "error", CallParty.System)]
        public void Who_hung_up(string agentType, string customerType, CallParty expected)
        {
            var s = CallStatusReducer.Reduce(Start(), Snapshot(
                Agent("disconnected", connected: 1, ended: 24, disconnectType: agentType),
                Customer("disconnected", connected: 4, ended: 24, disconnectType: customerType)));
            Assert.Equal(expected, s.DisconnectedByValue);
        }

        [Fact]
        public void The_side_that_ended_first_wins_when_both_say_they_did()
        {
            var s = CallStatusReducer.Reduce(Start(), Snapshot(
                Agent("disconnected", connected: 1, ended: 30, disconnectType: "client"),
                Customer("disconnected", connected: 4, ended: 24, disconnectType: "endpoint")));
            Assert.Equal(CallParty.Customer, s.DisconnectedByValue);
        }

        [Theory]
        [InlineData(17, null, OutboundCallOutcome.Busy)]
        [InlineData(19, null, OutboundCallOutcome.NoAnswer)]
        [InlineData(18, null, OutboundCallOutcome.NoAnswer)]
        [InlineData(21, null, OutboundCallOutcome.Rejected)]
        [InlineData(1, null, OutboundCallOutcome.Failed)]
        [InlineData(28, null, OutboundCallOutcome.Failed)]
        [InlineData(null, 486, OutboundCallOutcome.Busy)]
        [InlineData(null, 603, OutboundCallOutcome.Rejected)]
        [InlineData(null, 480, OutboundCallOutcome.NoAnswer)]
        [InlineData(null, 404, OutboundCallOutcome.Failed)]
        [InlineData(16, 486, OutboundCallOutcome.Busy)]
        [InlineData(16, null, OutboundCallOutcome.Unknown)]
        public void Unanswered_outcome_from_the_disconnect_reasons(int? q850, int? sip, OutboundCallOutcome expected)
        {
            var s = CallStatusReducer.Reduce(Start(), new[] { CustomerDialing, Details(q850, sip, customerType: "system", agentType: "peer") });
            Assert.Equal(OutboundCallState.Ended, s.StateValue);
            Assert.Equal(expected, s.OutcomeValue);
            Assert.Equal(q850, s.Q850Code);
            Assert.Equal(sip, s.SipCode);
            Assert.Null(s.AnsweredAt);
            Assert.Equal(TimeSpan.Zero, s.TalkTime);
            Assert.True(s.HasDisconnectReasons);
        }

        [Theory]
        [InlineData("timeout", null, OutboundCallOutcome.NoAnswer)]
        [InlineData("transfer.noanswer", null, OutboundCallOutcome.NoAnswer)]
        [InlineData("endpoint.dnd", null, OutboundCallOutcome.Rejected)]
        [InlineData("endpoint.donotdisturb", null, OutboundCallOutcome.Rejected)]
        [InlineData("error", null, OutboundCallOutcome.Failed)]
        [InlineData("uncallable", null, OutboundCallOutcome.Failed)]
        [InlineData("endpoint", "error.ininedgecontrol.connection.timeout", OutboundCallOutcome.Failed)]
        [InlineData("endpoint", null, OutboundCallOutcome.Unknown)]
        public void Unanswered_outcome_from_the_event_alone(string customerType, string? errorCode, OutboundCallOutcome expected)
        {
            var s = CallStatusReducer.Reduce(Start(), Snapshot(Agent("disconnected", connected: 1, ended: 5, disconnectType: "peer"),
                Customer("disconnected", ended: 5, disconnectType: customerType, errorCode: errorCode)));
            Assert.Equal(expected, s.OutcomeValue);
            Assert.Equal(errorCode, s.ErrorCode);
            Assert.False(s.HasDisconnectReasons);
        }

        [Fact]
        public void A_dialling_timeout_reads_the_same_from_the_rest_call_and_from_events()
        {
            // GET /calls/{id} says system (its enum has no timeout); events and GET /conversations/{id} say timeout.
            var rest = Snapshot(Agent("disconnected", connected: 1, ended: 31, disconnectType: "peer"),
                Customer("disconnected", ended: 31, disconnectType: "system"));
            var evt = Snapshot(Agent("disconnected", connected: 1, ended: 31, disconnectType: "peer"),
                Customer("disconnected", ended: 31, disconnectType: "timeout"));
            var details = Details(19, 480, customerType: "timeout", ended: 31);
            var fromGet = CallStatusReducer.Reduce(Start(), new[] { rest, details });
            var fromWait = CallStatusReducer.Reduce(Start(), new[] { evt, details });
            var reversed = CallStatusReducer.Reduce(Start(), new[] { details, rest });
            Assert.Equal(CallDisconnectType.Timeout, fromGet.DisconnectTypeValue);
            Assert.Equal(CallDisconnectType.Timeout, fromWait.DisconnectTypeValue);
            Assert.Equal(CallDisconnectType.Timeout, reversed.DisconnectTypeValue);
            Assert.Equal(OutboundCallOutcome.NoAnswer, fromGet.OutcomeValue);
            Assert.Equal(CallDisconnectType.System, CallStatusReducer.Reduce(Start(), rest).DisconnectTypeValue);
        }

        [Fact]
        public void Details_add_reasons_to_an_answered_call_without_changing_its_times()
        {
            var s = CallStatusReducer.Reduce(Start(), new[] { CustomerConnected, CustomerHungUp, Details(16, connected: 4, ended: 24) });
            Assert.Equal(OutboundCallOutcome.Answered, s.OutcomeValue);
            Assert.Equal(16, s.Q850Code);
            Assert.Equal(TimeSpan.FromSeconds(20), s.TalkTime);
            Assert.Equal(CallParty.Customer, s.DisconnectedByValue);
        }

        [Fact]
        public void A_duplicated_snapshot_changes_nothing()
        {
            var once = CallStatusReducer.Reduce(Start(), new[] { AgentAlerting, CustomerConnected, CustomerHungUp });
            var twice = CallStatusReducer.Reduce(Start(), new[] { AgentAlerting, AgentAlerting, CustomerConnected, CustomerConnected,
                CustomerHungUp, CustomerHungUp });
            Assert.Equal(Describe(once), Describe(twice));
            Assert.Equal(Describe(once), Describe(CallStatusReducer.Reduce(once, CustomerHungUp)));
        }

        [Fact]
        public void Every_order_of_the_same_snapshots_gives_the_same_status()
        {
            var steps = new[] { AgentAlerting, CustomerDialing, CustomerConnected, CustomerHungUp, Details(16, connected: 4, ended: 24) };
            var expected = Describe(CallStatusReducer.Reduce(Start(), steps));
            var orders = 0;
            foreach (var order in Permutations(steps))
            {
                Assert.Equal(expected, Describe(CallStatusReducer.Reduce(Start(), order)));
                orders++;
            }

            Assert.Equal(120, orders);
            Assert.Contains("|Ended|Answered|", expected);
        }

        [Fact]
        public void An_old_snapshot_after_the_end_does_not_bring_the_call_back()
        {
            var s = CallStatusReducer.Reduce(Start(), new[] { CustomerHungUp, CustomerDialing, AgentAlerting });
            Assert.Equal(OutboundCallState.Ended, s.StateValue);
            Assert.Equal(OutboundCallOutcome.Answered, s.OutcomeValue);
        }

        [Fact]
        public void Legs_are_identified_by_user_id_not_purpose()
        {
            // A call to another user: both legs are purpose "user"; the caller is the one whose user.id placed the call.
            const string other = "b0b00000-0000-4000-8000-00000000000b";
            var snapshot = Snapshot(
                Leg("p-1", "user", "disconnected", other, connected: 3, ended: 9, disconnectType: "endpoint"),
                Leg("p-2", "user", "disconnected", AgentId, connected: 1, ended: 9, disconnectType: "peer"));
            var s = CallStatusReducer.Reduce(Start(), snapshot);
            Assert.Equal(AgentId, s.OnBehalfOf);
            Assert.Equal(CallParty.Customer, s.DisconnectedByValue);
            Assert.Equal(TimeSpan.FromSeconds(6), s.TalkTime);

            var reversed = CallStatusReducer.Reduce(Start(other), snapshot);
            Assert.Equal(other, reversed.OnBehalfOf);
            Assert.Equal(CallParty.Agent, reversed.DisconnectedByValue);
        }

        [Fact]
        public void System_participants_are_never_the_destination()
        {
            var s = CallStatusReducer.Reduce(Start(), Snapshot(
                Agent("connected", connected: 1),
                Leg("p-acd", "acd", "terminated", ended: 1, disconnectType: "transfer"),
                Leg("p-dialer", "dialer.system", "terminated", ended: 1),
                Customer("dialing")));
            Assert.Equal(OutboundCallState.Ringing, s.StateValue);
            Assert.Equal("phone +15550100003", s.Destination);
        }

        [Fact]
        public void With_only_an_id_the_user_leg_is_taken_as_the_caller()
        {
            var s = CallStatusReducer.Reduce(Start(callerHint: null), CustomerHungUp);
            Assert.Equal(AgentId, s.OnBehalfOf);
            Assert.Equal(CallParty.Customer, s.DisconnectedByValue);
        }

        [Fact]
        public void A_call_that_fails_before_a_far_end_exists_ends_failed()
        {
            var s = CallStatusReducer.Reduce(Start(), Snapshot(
                Leg(AgentLeg, "user", "terminated", AgentId, ended: 60, disconnectType: "error",
                    errorCode: "error.ininedgecontrol.connection.timeout")));
            Assert.Equal(OutboundCallState.Ended, s.StateValue);
            Assert.Equal(OutboundCallOutcome.Failed, s.OutcomeValue);
            Assert.Equal(CallParty.System, s.DisconnectedByValue);
        }

        [Fact]
        public void A_transferred_customer_leg_does_not_end_the_call()
        {
            var s = CallStatusReducer.Reduce(Start(), Snapshot(Agent("connected", connected: 1),
                Customer("disconnected", connected: 3, ended: 8, disconnectType: "transfer.consult"),
                Leg("p-3", "external", "connected", connected: 8, address: "tel:+15550100099")));
            Assert.Equal(OutboundCallState.Connected, s.StateValue);
        }

        [Theory]
        [InlineData("scheduled", OutboundCallState.Ringing)]
        [InlineData("contacting", OutboundCallState.Ringing)]
        [InlineData("offering", OutboundCallState.Ringing)]
        [InlineData("parked", OutboundCallState.Connected)]
        [InlineData("terminated", OutboundCallState.Ended)]
        [InlineData("none", OutboundCallState.Dialing)]
        public void Every_participant_state_has_a_place(string customerState, OutboundCallState expected)
        {
            var s = CallStatusReducer.Reduce(Start(), Snapshot(Agent("connected", connected: 1), Customer(customerState)));
            Assert.Equal(expected, s.StateValue);
        }

        private static IEnumerable<CallSnapshot[]> Permutations(CallSnapshot[] items)
        {
            if (items.Length <= 1)
            {
                yield return items;
                yield break;
            }

            for (var i = 0; i < items.Length; i++)
            {
                var rest = items.Where((_, j) => j != i).ToArray();
                foreach (var tail in Permutations(rest)) yield return new[] { items[i] }.Concat(tail).ToArray();
            }
        }
    }
}
