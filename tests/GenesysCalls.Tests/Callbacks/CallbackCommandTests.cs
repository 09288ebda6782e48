using System.Text.Json;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Callbacks
{
    public class CallbackCommandTests : CallbackKit
    {
        [Fact]
        public async Task Every_row_is_one_callback_or_one_error_in_input_order_and_bad_rows_are_never_sent()
        {
            var noQueue = new OutboundCallbackRow { PhoneNumber = new[] { "+15557770025" }, Input = "no queue" };
            var badTime = Row("+15557770035", "next tuesday");
            var output = await CreateAsync(Row("+15557770005"), noQueue, badTime, Row("+15557770045"));
            Assert.Equal(2, Creates);
            Assert.Equal(new object[] { "+15557770005", "no queue", "+15557770035", "+15557770045" }, output.Events.Select(e => e switch
            {
                OutboundCallback cb => cb.InputObject!,
                CommandError error => error.TargetObject!,
                _ => e,
            }));
            Assert.Equal("NewOutboundCallbackInvalidRequest", output.Errors[0].ErrorId);
            Assert.Contains("callback.error.missing.queue.id", output.Errors[0].Message);
            Assert.Equal("NewOutboundCallbackInvalidValue", output.Errors[1].ErrorId);
            var created = output.Objects.Cast<OutboundCallback>().ToList();
            Assert.All(created, c => Assert.Matches("^[0-9a-f-]{36}$", c.ConversationId));
            Assert.All(created, c => Assert.False(string.IsNullOrEmpty(c.CallbackId)));
            Assert.Equal(2, (await HeldAsync(Server)).Count);
        }

        [Fact]
        public async Task The_body_comes_from_the_field_table_with_the_time_in_utc_and_preferred_agents_in_routing_data()
        {
            var at = new DateTimeOffset(DateTime.Now.AddDays(1).Date.AddHours(9), TimeZoneInfo.Local.GetUtcOffset(DateTime.Now.AddDays(1)));
            var row = Row("+15557770005", at);
            row.Name = "Ann Lee";
            row.Data = new System.Collections.Hashtable { ["note"] = "renewal", ["tries"] = 2 };
            row.PreferredAgentId = new[] { Server.UserIds[2] };
            var callback = Assert.IsType<OutboundCallback>(Assert.Single((await CreateAsync(row)).Objects));
            var sent = Assert.Single(await HeldAsync(Server)).GetProperty("request");
            Assert.Equal(at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"), sent.GetProperty("callbackScheduledTime").GetString());
            Assert.False(sent.TryGetProperty("queueId", out _));
            Assert.Equal(Queue, sent.GetProperty("routingData").GetProperty("queueId").GetString());
            Assert.Equal(Server.UserIds[2], sent.GetProperty("routingData").GetProperty("preferredAgentIds")[0].GetString());
            Assert.Equal("2", sent.GetProperty("data").GetProperty("tries").GetString());
            Assert.Equal("Ann Lee", sent.GetProperty("callbackUserName").GetString());
            Assert.Equal(Queue, callback.QueueId);
            Assert.Equal(at, callback.ScheduledTime);
        }

        [Fact]
        public async Task A_time_without_offset_or_in_the_past_is_said_and_a_past_one_needs_force()
        {
            var local = DateTime.Now.AddHours(3).ToString("yyyy-MM-ddTHH:mm:ss");
            var output = await CreateAsync(Row("+15557770005", local));
            Assert.Single(output.Objects);
            Assert.Contains(output.Verbose, v => v.Contains("has no offset") && v.Contains("local time"));

            var past = DateTimeOffset.Now.AddHours(-1);
            output = await CreateAsync(Row("+15557770015", past));
            Assert.Equal("NewOutboundCallbackRequestHasWarnings", Assert.Single(output.Errors).ErrorId);
            Assert.Contains(output.Verbose, v => v.Contains("in the past"));
            Assert.Single((await CreateAsync(new RecordingOutput("New-OutboundCallback"), true, Row("+15557770015", past))).Objects);
            Assert.Equal(2, Creates);
        }

        [Fact]
        public async Task WhatIf_sends_nothing_and_says_what_would_be_created()
        {
            var output = await CreateAsync(new RecordingOutput("New-OutboundCallback") { Confirm = false }, false, Row("+15557770015"));
            Assert.Empty(output.Objects);
            Assert.Contains("callback to +15557770015 in queue " + Queue, Assert.Single(output.ShouldProcessCalls).Target);
            Assert.Equal(0, Creates);
        }

        [Fact]
        public async Task Get_reads_a_scheduled_callback_then_set_reschedules_it_and_stop_cancels_it()
        {
            var callback = await OneAsync("+15557770005");
            var status = await StatusAsync(callback);
            Assert.Equal("Scheduled", status.State);
            Assert.Equal(callback.ScheduledTime, status.ScheduledTime);
            Assert.Same(callback, status.Callback);

            var later = DateTimeOffset.Now.AddHours(5);
            var change = new CallbackChange { AgentId = Server.UserIds[1], ScheduledTime = later };
            var set = await RunAsync(o => new CallbackRescheduler(o, Session, change).ProcessAsync, callback);
            var moved = Assert.IsType<OutboundCallbackStatus>(Assert.Single(set.Objects));
            Assert.InRange((moved.ScheduledTime!.Value - later).Duration(), TimeSpan.Zero, TimeSpan.FromSeconds(1));

            var nothing = await RunAsync(o => new CallbackRescheduler(o, Session, new CallbackChange { AgentId = Server.UserIds[1] }).ProcessAsync,
                callback);
            Assert.Equal("SetOutboundCallbackNothingToChange", Assert.Single(nothing.Errors).ErrorId);

            CallbackCanceller? canceller = null;
            await RunAsync(o => (canceller = new CallbackCanceller(o, Session)).ProcessAsync, callback, t => canceller!.CompleteAsync(t));
            Assert.Single(Server.Requests, r => r.Path == "/api/v2/conversations/callbacks/bulk/disconnect");
            Assert.Equal("Cancelled", (await StatusAsync(callback)).State);
            var again = await RunAsync(o => (canceller = new CallbackCanceller(o, Session)).ProcessAsync, callback, t => canceller!.CompleteAsync(t));
            Assert.Contains("already ended", Assert.Single(again.Warnings));
            Assert.Single(Server.Requests, r => r.Path == "/api/v2/conversations/callbacks/bulk/disconnect");
        }

        [Fact]
        public async Task Cancels_go_100_per_request()
        {
            var rows = Enumerable.Range(0, 150).Select(i => Row("+1555777" + i.ToString("D4"))).ToArray();
            var created = (await CreateAsync(rows)).Objects.Cast<OutboundCallback>().ToList();
            var output = new RecordingOutput("Stop-OutboundCallback");
            var canceller = new CallbackCanceller(output, Session);
            foreach (var callback in created) await canceller.ProcessAsync(CallInput.From(callback.ConversationId, callback), CancellationToken.None);
            await canceller.CompleteAsync(CancellationToken.None);
            Assert.Empty(output.Errors);
            Assert.Equal(2, Server.Requests.Count(r => r.Path == "/api/v2/conversations/callbacks/bulk/disconnect"));
            Assert.All(await HeldAsync(Server), c => Assert.Equal("cancelled", c.GetProperty("stage").GetString()));
        }

        [Fact]
        public async Task A_due_callback_is_dialled_and_ends_with_the_outcome_get_and_wait_report_in_call_words()
        {
            var callback = await OneAsync("+15557770071", string.Empty);   // blank: not given, due now
            var waiter = new RecordingOutput("Wait-OutboundCall");
            var wait = new CallWaiter(waiter, Session, OutboundCallCondition.Ended, 30);
            try
            {
                await wait.ProcessAsync(CallInput.From(callback.ConversationId, callback), CancellationToken.None);
                await wait.CompleteAsync(CancellationToken.None);
            }
            finally
            {
                await wait.StopAsync();
            }

            // Wait-OutboundCall writes what Get-OutboundCallback writes: whom it is about, and the call's outcome in call words.
            var ended = Assert.IsType<OutboundCallbackStatus>(Assert.Single(waiter.Objects));
            Assert.Equal(("Ended", "Busy", 17, "+15557770071"), (ended.State, ended.Outcome, ended.Q850Code, ended.Destination));
            Assert.Same(callback, ended.Callback);
            Assert.Equal(("Ended", "Busy"), (ended.Call!.State, ended.Call.Outcome));
            var status = await StatusAsync(callback);
            Assert.Equal(("Ended", "Busy", ended.AgentId, ended.Destination), (status.State, status.Outcome, status.AgentId, status.Destination));
            Assert.NotNull(status.AgentId);

            var set = await RunAsync(o => new CallbackRescheduler(o, Session, new CallbackChange
            {
                AgentId = Server.UserIds[1],
                ScheduledTime = DateTimeOffset.Now.AddHours(1)
            }).ProcessAsync, callback);
            Assert.Equal("SetOutboundCallbackAlreadyTriggered", Assert.Single(set.Errors).ErrorId);
        }

        [Fact]
        public async Task Wait_reports_every_callback_once_however_the_handover_to_the_call_follower_interleaves()
        {
            var rows = Enumerable.Range(0, 12).Select(i => Row("+155577701" + i.ToString("D2").Substring(0, 1) + (i % 2 == 0 ? "1" : "2"), string.Empty));
            var created = (await CreateAsync(rows.ToArray())).Objects.Cast<OutboundCallback>().ToList();
            var output = new RecordingOutput("Wait-OutboundCall");
            var wait = new CallWaiter(output, Session, OutboundCallCondition.Ended, 30);
            try
            {
                foreach (var callback in created) await wait.ProcessAsync(CallInput.From(callback.ConversationId, callback), CancellationToken.None);
                await wait.CompleteAsync(CancellationToken.None);
            }
            finally
            {
                await wait.StopAsync();
            }

            Assert.Empty(output.Errors);
            var ended = output.Objects.Cast<OutboundCallbackStatus>().ToList();
            Assert.Equal(created.Select(c => c.ConversationId).OrderBy(id => id), ended.Select(s => s.ConversationId).OrderBy(id => id));
            Assert.All(ended, s => Assert.Contains(s.Outcome, new[] { "Busy", "Failed" }));
        }

        [Fact]
        public async Task Wait_reports_a_cancelled_callback_and_one_not_dialled_in_time_as_errors()
        {
            var cancelled = await OneAsync("+15557770005");
            var late = await OneAsync("+15557770015");
            CallbackCanceller? canceller = null;
            await RunAsync(o => (canceller = new CallbackCanceller(o, Session)).ProcessAsync, cancelled, t => canceller!.CompleteAsync(t));
            var output = new RecordingOutput("Wait-OutboundCall");
            var wait = new CallWaiter(output, Session, OutboundCallCondition.Ended, 2);
            try
            {
                foreach (var callback in new[] { cancelled, late })
                {
                    await wait.ProcessAsync(CallInput.From(callback.ConversationId, callback), CancellationToken.None);
                }

                await wait.CompleteAsync(CancellationToken.None);
            }
            finally
            {
                await wait.StopAsync();
            }

            Assert.Empty(output.Objects);
            Assert.Equal(new[] { "WaitOutboundCallCallbackCancelled", "WaitOutboundCallTimeout" }, output.Errors.Select(e => e.ErrorId));
            Assert.Equal("Scheduled", Assert.IsType<OutboundCallbackStatus>(output.Errors[1].TargetObject).State);
        }
    }
}
