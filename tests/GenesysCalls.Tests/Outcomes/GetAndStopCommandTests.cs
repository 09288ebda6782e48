using GenesysCalls.Core.Commands;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Outcomes
{
    public class GetAndStopCommandTests : CallsTest
    {
        [Fact]
        public async Task Get_reads_an_ended_call_with_its_reasons()
        {
            var call = (await PlaceAsync("+15550100001")).Single();
            await Task.Delay(200);
            var output = new RecordingOutput("Get-OutboundCall");
            await new CallStatusReader(output, Session).ProcessAsync(CallInput.From(call.ConversationId, call), CancellationToken.None);

            var status = Assert.IsType<OutboundCallStatus>(Assert.Single(output.Objects));
            Assert.Equal(OutboundCallState.Ended, status.StateValue);
            Assert.Equal(OutboundCallOutcome.Busy, status.OutcomeValue);
            Assert.Equal(17, status.Q850Code);
            Assert.Same(call, status.Call);
            Assert.Equal(1, Requests("GET", "/api/v2/conversations/calls/"));
        }

        [Fact]
        public async Task Get_by_id_alone_finds_the_agent_from_the_legs()
        {
            var call = (await PlaceAsync("+15550100009")).Single();
            await Task.Delay(200);
            var output = new RecordingOutput("Get-OutboundCall");
            await new CallStatusReader(output, Session).ProcessAsync(CallInput.From(call.ConversationId, null), CancellationToken.None);

            var status = Assert.IsType<OutboundCallStatus>(Assert.Single(output.Objects));
            Assert.Equal(OutboundCallState.Connected, status.StateValue);
            Assert.Equal(Agent, status.OnBehalfOf);
            Assert.Null(status.Call);
            Assert.Equal(0, Requests("GET", "/api/v2/conversations/" + call.ConversationId));
        }

        [Fact]
        public async Task Get_of_an_unknown_or_malformed_id_is_an_error_with_its_id()
        {
            var output = new RecordingOutput("Get-OutboundCall");
            var command = new CallStatusReader(output, Session);
            await command.ProcessAsync(CallInput.From(Guid.NewGuid().ToString(), null), CancellationToken.None);
            await command.ProcessAsync(CallInput.From("12", null), CancellationToken.None);
            Assert.Equal(new[] { "GetOutboundCallNotFound", "GetOutboundCallInvalidConversationId" }, output.Errors.Select(e => e.ErrorId));
            Assert.Empty(output.Objects);
        }

        [Fact]
        public async Task Stop_hangs_up_only_when_confirmed()
        {
            var call = (await PlaceAsync("+15550100009")).Single();
            await Task.Delay(200);
            var whatIf = new RecordingOutput("Stop-OutboundCall") { Confirm = false };
            await new CallDisconnector(whatIf, Session).ProcessAsync(CallInput.From(call.ConversationId, call), CancellationToken.None);
            Assert.Contains(call.ConversationId, Assert.Single(whatIf.ShouldProcessCalls).Target);
            Assert.Equal(0, Requests("PATCH", "/api/v2/conversations/calls/"));

            var output = new RecordingOutput("Stop-OutboundCall");
            await new CallDisconnector(output, Session).ProcessAsync(CallInput.From(call.ConversationId, call), CancellationToken.None);
            Assert.Empty(output.Errors);
            Assert.Equal(1, Requests("PATCH", "/api/v2/conversations/calls/" + call.ConversationId));
            await Task.Delay(100);

            var read = new RecordingOutput("Get-OutboundCall");
            await new CallStatusReader(read, Session).ProcessAsync(CallInput.From(call.ConversationId, call), CancellationToken.None);
            var status = (OutboundCallStatus)read.Objects.Single();
            Assert.Equal(OutboundCallState.Ended, status.StateValue);
            Assert.Equal(CallParty.Agent, status.DisconnectedByValue);
        }

        [Fact]
        public async Task Stop_of_an_ended_call_is_a_warning_not_an_error()
        {
            var call = (await PlaceAsync("+15550100001")).Single();
            await Task.Delay(200);
            var output = new RecordingOutput("Stop-OutboundCall");
            await new CallDisconnector(output, Session).ProcessAsync(CallInput.From(call.ConversationId, call), CancellationToken.None);
            Assert.Empty(output.Errors);
            Assert.Contains("already ended", Assert.Single(output.Warnings));
            Assert.Equal(0, Requests("PATCH", "/api/v2/conversations/calls/"));
        }

        [Fact]
        public async Task Stop_refused_for_a_service_account_names_the_session_and_the_fix()
        {
            await AdminAsync("/emulator/calls/hang-up", new { requireUser = true, endedCallSucceeds = false }, "PUT");
            var call = (await PlaceAsync("+15550100009")).Single();
            var output = new RecordingOutput("Stop-OutboundCall");
            await new CallDisconnector(output, Session).ProcessAsync(CallInput.From(call.ConversationId, call), CancellationToken.None);

            var error = Assert.Single(output.Errors);
            Assert.Equal("StopOutboundCallUserContextRequired", error.ErrorId);
            Assert.Equal(ErrorKind.PermissionDenied, error.Category);
            Assert.Contains("'" + Session.Name + "'", error.Message);
            Assert.Contains("conversation:communication:disconnect", error.RecommendedAction);
            Assert.Contains("-Interactive", error.RecommendedAction);
        }
    }
}
