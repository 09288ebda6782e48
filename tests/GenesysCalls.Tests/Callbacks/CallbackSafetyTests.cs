using System.Collections.Specialized;
using System.Text;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Validation;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Callbacks
{
    /// <summary>What a new user found: changes resent after a lost answer, past and ambiguous times sent, -Kind Callback ignored.</summary>
    public class CallbackSafetyTests : CallbackKit
    {
        private int Patches => Server.Requests.Count(r => r.Method == "PATCH");

        /// <summary>A request whose connection was dropped is logged as the handler unwinds, which can be just after the client gave up.</summary>
        private async Task<int> LoggedAsync(Func<LoggedRequest, bool> match)
        {
            for (var i = 0; i < 40 && !Server.Requests.Any(match); i++) await Task.Delay(50);
            await Task.Delay(200);
            return Server.Requests.Count(match);
        }

        [Fact]
        public void Changes_are_never_resent_once_they_may_have_been_processed()
        {
            var state = new AttemptState(0, 0, false);
            foreach (var request in new[] { ApiRequest.Update("/api/v2/conversations/callbacks", "{}"),
                ApiRequest.Change("/api/v2/conversations/callbacks/bulk/disconnect", "{}") })
            {
                Assert.True(request.CreatesSomething, request.Method + " " + request.PathAndQuery);
                foreach (var lost in new[] { AttemptResult.ConnectionLost, AttemptResult.TimedOut })
                {
                    var decision = RetryRules.Decide(request.CreatesSomething, true, AttemptOutcome.Failed(lost), state, Policy, 0);
                    Assert.Equal(RetryAction.OutcomeUnknown, decision.Action);
                }

                Assert.Equal(RetryAction.GiveUp, RetryRules.Decide(request.CreatesSomething, true, AttemptOutcome.Answered(503), state, Policy, 0).Action);
            }
        }

        [Fact]
        public async Task A_reschedule_whose_answer_is_lost_is_sent_once_and_outcome_unknown()
        {
            var callback = await OneAsync("+15557770105");
            Server.ClearRequests();
            Server.SetFaults(new FaultSettings { ResetAfterRate = 1, PathContains = "/conversations/callbacks", Method = "PATCH" });
            var change = new CallbackChange { AgentId = Server.UserIds[1], ScheduledTime = DateTimeOffset.Now.AddHours(5) };
            var output = await RunAsync(o => new CallbackRescheduler(o, Session, change).ProcessAsync, callback);
            Server.SetFaults(new FaultSettings());
            Assert.Equal(1, await LoggedAsync(r => r.Method == "PATCH"));
            var error = Assert.Single(output.Errors);
            Assert.Equal("SetOutboundCallbackOutcomeUnknown", error.ErrorId);
            Assert.Contains("Get-OutboundCallback", error.RecommendedAction);
            Assert.Same(callback, error.TargetObject);
        }

        [Fact]
        public async Task A_cancel_whose_answer_is_lost_is_sent_once_and_outcome_unknown()
        {
            var callback = await OneAsync("+15557770115");
            Server.ClearRequests();
            Server.SetFaults(new FaultSettings { ResetAfterRate = 1, PathContains = "bulk/disconnect", Method = "POST" });
            CallbackCanceller? canceller = null;
            var output = await RunAsync(o => (canceller = new CallbackCanceller(o, Session)).ProcessAsync, callback, t => canceller!.CompleteAsync(t));
            Server.SetFaults(new FaultSettings());
            Assert.Equal(1, await LoggedAsync(r => r.Path.EndsWith("bulk/disconnect", StringComparison.Ordinal)));
            Assert.Equal("StopOutboundCallbackOutcomeUnknown", Assert.Single(output.Errors).ErrorId);
        }

        [Fact]
        public async Task A_past_time_holds_the_reschedule_unless_forced()
        {
            var callback = await OneAsync("+15557770125");
            Server.ClearRequests();
            var past = DateTimeOffset.Now.AddMinutes(-5);
            var held = await RunAsync(o => new CallbackRescheduler(o, Session, new CallbackChange { AgentId = Server.UserIds[1], ScheduledTime = past })
                .ProcessAsync, callback);
            Assert.Equal("SetOutboundCallbackRequestHasWarnings", Assert.Single(held.Errors).ErrorId);
            Assert.Empty(held.ShouldProcessCalls);
            Assert.Equal(0, Patches);
            Assert.Equal("Scheduled", (await StatusAsync(callback)).State);

            var forced = await RunAsync(o => new CallbackRescheduler(o, Session, new CallbackChange
            {
                AgentId = Server.UserIds[1], ScheduledTime = past, Force = true,
            }).ProcessAsync, callback);
            Assert.Empty(forced.Errors);
            Assert.Equal(1, Patches);
        }

        [Fact]
        public async Task Text_that_is_not_iso_8601_is_refused_before_any_request()
        {
            var callback = await OneAsync("+15557770135");
            Server.ClearRequests();
            var output = await RunAsync(o => new CallbackRescheduler(o, Session, new CallbackChange
            {
                AgentId = Server.UserIds[1], ScheduledTime = "12/05/2030 09:00",
            }).ProcessAsync, callback);
            var error = Assert.Single(output.Errors);
            Assert.Equal("SetOutboundCallbackInvalidValue", error.ErrorId);
            Assert.Contains("ScheduledTime", error.Message);
            Assert.Equal(0, Patches);

            var created = await CreateAsync(Row("+15557770145", "12/05/2030 09:00"));
            Assert.Equal("NewOutboundCallbackInvalidValue", Assert.Single(created.Errors).ErrorId);
            Assert.Equal(0, Creates);
        }

        [Theory]
        [InlineData("12/05/2030 09:00")]
        [InlineData("05.12.2030 09:00")]
        [InlineData("Dec 5 2030 9:00")]
        [InlineData("2030-12-05T09:00:00 +01:00")]
        public void Ambiguous_or_culture_text_is_not_a_time(string text) =>
            Assert.Throws<InvalidRowValueException>(() => CallbackTimes.Read(text, out _));

        [Theory]
        [InlineData("2030-12-05T09:00:00Z", "2030-12-05T09:00:00.000Z")]
        [InlineData("2030-12-05T09:00:00.5+01:00", "2030-12-05T08:00:00.500Z")]
        [InlineData("2030-12-05 09:00+0100", "2030-12-05T08:00:00.000Z")]
        public void Iso_8601_text_is_read_with_its_zone(string text, string sent) => Assert.Equal(sent, CallbackTimes.Read(text, out _));

        [Fact]
        public void Iso_8601_text_without_a_zone_is_local_time_and_says_so()
        {
            var local = DateTime.Now.AddDays(1);
            Assert.Equal(CallbackTimes.Format(new DateTimeOffset(local.Date.AddHours(9))), CallbackTimes.Read(local.ToString("yyyy-MM-dd") + " 09:00", out var note));
            Assert.Contains("local time", note);
        }

        [Fact]
        public void Test_CallPayload_Kind_Callback_reads_utf16_files_and_csv_rows_as_New_OutboundCallback_would()
        {
            var output = new RecordingOutput("Test-CallPayload");
            var checker = new CallPayloadChecker(output) { Kind = CallPayloadKind.Callback };
            var json = "{\"callbackNumbers\":[\"+15557770155\"],\"queueId\":\"" + Queue + "\"}";
            var path = Path.Combine(Path.GetTempPath(), "cb-" + Guid.NewGuid() + ".json");
            File.WriteAllText(path, json, new UnicodeEncoding(false, true));
            try
            {
                checker.Process(PayloadInput.Path(path, new[] { path }));
            }
            finally
            {
                File.Delete(path);
            }

            checker.Process(PayloadInput.Row(new OrderedDictionary { ["callbackNumbers"] = "+15557770155", ["queueId"] = Queue, ["callbackUserName"] = " " }));
            checker.Process(PayloadInput.Row(new OrderedDictionary { ["PhoneNumber"] = "+15557770165", ["QueueId"] = Queue, ["ScheduledTime"] = "12/05/2030 09:00" }));
            checker.Process(PayloadInput.Row(new OrderedDictionary { ["PhoneNumber"] = "+15557770175", ["QueueId"] = Queue, ["Colour"] = "red" }));
            var reports = output.Objects.Cast<CallPayloadReport>().ToList();
            Assert.Equal(4, reports.Count);
            Assert.True(reports[0].IsValid, string.Join("; ", reports[0].Diagnostics.Select(d => d.Code)));
            Assert.Equal("+15557770155", Assert.Single(reports[0].Callback!.CallbackNumbers!));
            Assert.True(reports[1].IsValid, string.Join("; ", reports[1].Diagnostics.Select(d => d.Code)));
            Assert.Equal("+15557770155", Assert.Single(reports[1].Callback!.CallbackNumbers!));
            Assert.Contains(reports[2].Diagnostics, d => d.Code == CallbackPayloadRules.InvalidDateCode);
            // A CSV column that names no parameter is left out, as New-OutboundCallback leaves it out.
            Assert.True(reports[3].IsValid, string.Join("; ", reports[3].Diagnostics.Select(d => d.Code)));
        }

        [Fact]
        public void A_queue_name_in_a_callback_points_at_New_OutboundCallback_QueueId()
        {
            var callback = CallPayloadValidator.Validate("{\"callbackNumbers\":[\"+15557770185\"],\"queueId\":\"Sales\"}", CallPayloadKind.Callback);
            var hint = Assert.Single(callback.Diagnostics, d => d.Path == "queueId").Hint;
            Assert.Contains("New-OutboundCallback -QueueId", hint);
            Assert.DoesNotContain("-CallQueueId", hint);
            var call = CallPayloadValidator.Validate("{\"phoneNumber\":\"+15557770185\",\"callFromQueueId\":\"Sales\"}");
            Assert.Contains("New-OutboundCall -CallQueueId", Assert.Single(call.Diagnostics, d => d.Path == "callFromQueueId").Hint);
        }
    }
}
