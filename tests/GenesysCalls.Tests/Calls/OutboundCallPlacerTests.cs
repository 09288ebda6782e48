using System.Collections;
using System.Text.Json;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Http;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Calls
{
    public class OutboundCallPlacerTests : ConnectedTest
    {
        private readonly RecordingOutput _output = new("New-OutboundCall");

        public OutboundCallPlacerTests()
            : base(agents: 20)
        {
        }


        private string Ready => Server.UserIds[1];
        private string NoStation => Server.UserIds[4];

        private async Task Run(params OutboundCallRow[] rows) => await Run(new OutboundCallPlacer(_output, Session), rows);

        private static async Task Run(OutboundCallPlacer command, IEnumerable<OutboundCallRow> rows)
        {
            foreach (var row in rows) await command.ProcessAsync(row, CancellationToken.None);
            await command.CompleteAsync(CancellationToken.None);
        }

        private int Creates => Server.Requests.Count(r => r.Method == "POST" && r.Path.StartsWith("/api/v2/conversations/calls"));

        [Fact]
        public async Task ClientSession_on_behalf_of_an_agent_uses_the_user_endpoint_and_says_so()
        {
            await Run(new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = Ready });
            var call = Assert.IsType<OutboundCall>(Assert.Single(_output.Objects));
            Assert.Matches("^[0-9a-f-]{36}$", call.ConversationId);
            Assert.Equal("POST /api/v2/conversations/calls/user/{userId}", call.Endpoint);
            Assert.Equal(Ready, call.OnBehalfOf);
            Assert.Equal("phone +15559876543", call.Destination);
            Assert.False(string.IsNullOrEmpty(call.CorrelationId));
            Assert.Contains(_output.Verbose, v => v.Contains("only create-call endpoint client credentials may use"));
            Assert.Single(Server.Requests, r => r.Path == "/api/v2/conversations/calls/user/" + Ready);
        }

        [Fact]
        public async Task ClientSession_without_on_behalf_of_fails_before_sending_and_explains_both_options()
        {
            await Run(new OutboundCallRow { PhoneNumber = "+15559876543" });
            var error = Assert.Single(_output.Errors);
            Assert.Equal("NewOutboundCallUserContextRequired", error.ErrorId);
            Assert.Contains("-OnBehalfOf", error.RecommendedAction);
            Assert.Contains("-Interactive", error.RecommendedAction);
            Assert.Empty(Server.Requests);
        }

        [Fact]
        public async Task UserSession_uses_the_calls_endpoint()
        {
            using var user = await Connected.ConnectUserAsync(Server, "agent0001@example.com");
            Server.ClearRequests();
            await Run(new OutboundCallPlacer(_output, user), new[] { new OutboundCallRow { PhoneNumber = "+15559876543" } });
            var call = Assert.IsType<OutboundCall>(Assert.Single(_output.Objects));
            Assert.Equal("POST /api/v2/conversations/calls", call.Endpoint);
            Assert.Single(Server.Requests, r => r.Method == "POST" && r.Path == "/api/v2/conversations/calls");
        }

        [Fact]
        public async Task Every_parameter_maps_to_its_definition_field()
        {
            var queue = DeterministicQueue("Sales");
            await Run(new OutboundCallRow
            {
                CallQueueId = queue, Priority = 7, LanguageId = Ready, SkillIds = new[] { Ready }, SkillExpression = "x", OnBehalfOf = Ready,
                FromQueueId = queue, CallerId = "+15550001111", CallerIdName = "Sales", Attributes = new Hashtable { ["account"] = 42, ["vip"] = true },
                Label = "campaign", ExternalContactId = NoStation, UuiData = "uui",
            });
            Assert.Empty(_output.Errors);
            var sent = (await new EmulatorClient(Server).GetAsync("/emulator/conversations", null)).Body[0].GetProperty("request");
            var names = sent.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.Equal(new[] { "attributes", "callFromQueueId", "callQueueId", "callerId", "callerIdName", "externalContactId", "label", "languageId", "priority", "routingSkillExpression", "routingSkillsIds", "uuiData" }.OrderBy(n => n, StringComparer.Ordinal), names);
            Assert.Equal(7, sent.GetProperty("priority").GetInt32());
            Assert.Equal("42", sent.GetProperty("attributes").GetProperty("account").GetString());
            Assert.Equal("true", sent.GetProperty("attributes").GetProperty("vip").GetString());
            var definitionFields = ApiDefinition.Properties("CreateCallRequest");
            Assert.All(names, n => Assert.Contains(n, definitionFields));
        }

        [Fact]
        public void The_plan_holds_the_exact_body_it_validated()
        {
            var planner = new GenesysCalls.Core.Calls.CallPlanner(Session, _output);
            var row = new OutboundCallRow { PhoneNumber = " +15559876543 ", Label = "x", OnBehalfOf = Ready, Request = new CreateCallRequest { CallerIdName = "Ops" } };
            var call = planner.Plan(1, row, out var error)!;
            Assert.Null(error);
            Assert.Equal("{\"phoneNumber\":\"+15559876543\",\"callerIdName\":\"Ops\",\"label\":\"x\"}", call.Body);
            Assert.Equal(call.Body, call.Request.ToJson());
            planner.Force = true;
            var forced = planner.Plan(2, new OutboundCallRow { CallUserId = "jane", OnBehalfOf = Ready }, out error)!;
            Assert.Equal((null, "{\"callUserId\":\"jane\"}"), (error, forced.Body));
        }

        [Fact]
        public async Task The_body_sent_is_the_body_validated_member_for_member()
        {
            var row = new OutboundCallRow { PhoneNumber = "+15559876543", Label = "x", OnBehalfOf = Ready, Attributes = new Hashtable { ["a"] = "b" } };
            var planned = new GenesysCalls.Core.Calls.CallPlanner(Session, _output).Plan(1, row, out _)!;
            await Run(row);
            Assert.Empty(_output.Errors);
            var sent = (await new EmulatorClient(Server).GetAsync("/emulator/conversations", null)).Body[0].GetProperty("request");
            // The emulator writes what it received with its own escaping: compare both written the same way (order and values kept).
            using var validated = System.Text.Json.JsonDocument.Parse(planned.Body);
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(validated.RootElement), System.Text.Json.JsonSerializer.Serialize(sent));
        }

        [Fact]
        public async Task Participants_and_contacts_map_to_destinations()
        {
            await Run(new OutboundCallRow { Participants = new[] { "+15551234567", "user:" + Ready, "queue:" + DeterministicQueue("Support") }, OnBehalfOf = Ready },
                      new OutboundCallRow { Contact = new CallContact("user:" + NoStation), OnBehalfOf = Ready });
            Assert.Empty(_output.Errors);
            var sent = (await new EmulatorClient(Server).GetAsync("/emulator/conversations", null)).Body;
            var participants = sent[0].GetProperty("request").GetProperty("participants");
            Assert.Equal("+15551234567", participants[0].GetProperty("address").GetString());
            Assert.Equal(Ready, participants[1].GetProperty("userId").GetString());
            Assert.Equal(NoStation, sent[1].GetProperty("request").GetProperty("callUserId").GetString());
        }

        [Fact]
        public async Task Invalid_requests_are_never_sent()
        {
            var fromTestCallPayload = GenesysCalls.Core.Validation.CallPayloadValidator.Validate("{\"from\":{\"phoneNumber\":\"+15551234567\"},\"to\":[{\"phoneNumber\":\"+15559876543\"}]}").Request;
            await Run(new OutboundCallRow { PhoneNumber = "not a number!", OnBehalfOf = Ready },
                      new OutboundCallRow { Request = fromTestCallPayload, OnBehalfOf = Ready },
                      new OutboundCallRow { PhoneNumber = "+15551234567", OnBehalfOf = "jane" },
                      new OutboundCallRow { PhoneNumber = "+15551234567", OnBehalfOf = Ready, Attributes = "{not json" });
            Assert.Equal(new[] { "NewOutboundCallRequestHasWarnings", "NewOutboundCallInvalidRequest", "NewOutboundCallInvalidOnBehalfOf", "NewOutboundCallInvalidAttributes" }, _output.Errors.Select(e => e.ErrorId));
            Assert.Contains("genesyscalls.phone.undialable", _output.Errors[0].Message);
            Assert.Contains("invalid.property", _output.Errors[1].Message);
            Assert.Empty(Server.Requests);
        }

        [Fact]
        public async Task A_blank_participant_is_a_validation_warning_not_an_exception()
        {
            await Run(new OutboundCallRow { Participants = new[] { "+15551234567", "   " }, OnBehalfOf = Ready });
            var error = Assert.Single(_output.Errors);
            Assert.Equal("NewOutboundCallRequestHasWarnings", error.ErrorId);
            Assert.Contains("genesyscalls.value.empty", error.Message);
            Assert.Contains("participants[1].address", error.Message);
            Assert.Empty(Server.Requests);
        }

        [Fact]
        public async Task Warnings_stop_the_call_unless_forced()
        {
            await Run(new OutboundCallRow { PhoneNumber = "555 123 4567", OnBehalfOf = Ready });
            Assert.Equal("NewOutboundCallRequestHasWarnings", Assert.Single(_output.Errors).ErrorId);
            Assert.Equal(0, Creates);
            await Run(new OutboundCallPlacer(_output, Session) { Force = true }, new[] { new OutboundCallRow { PhoneNumber = "555 123 4567", OnBehalfOf = Ready } });
            Assert.Single(_output.Objects);
        }

        [Fact]
        public async Task WhatIf_asks_per_call_and_sends_nothing()
        {
            _output.Confirm = false;
            await Run(new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = Ready }, new OutboundCallRow { CallUserId = NoStation, OnBehalfOf = Ready });
            Assert.Equal(2, _output.ShouldProcessCalls.Count);
            Assert.Equal("phone +15559876543 from agent " + Ready, _output.ShouldProcessCalls[0].Target);
            Assert.Contains("/api/v2/conversations/calls/user/" + Ready, _output.ShouldProcessCalls[0].Action);
            Assert.Equal(new[] { "GET /api/v2/users" }, Server.Requests.Select(r => r.Method + " " + r.Path));
            Assert.Empty(_output.Objects);
        }

        [Fact]
        public async Task WhatIf_reports_the_rows_a_real_run_would_refuse()
        {
            _output.Confirm = false;
            await Run(new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = NoStation, Input = "row-1" },
                new OutboundCallRow { PhoneNumber = "+15559876544", OnBehalfOf = Ready, Input = "row-2" });
            var error = Assert.Single(_output.Errors);
            Assert.Equal(("NewOutboundCallAgentHasNoStation", "row-1"), (error.ErrorId, (string)error.TargetObject!));
            Assert.Equal("phone +15559876544 from agent " + Ready, Assert.Single(_output.ShouldProcessCalls).Target);
            Assert.Equal(0, Creates);
        }

        [Fact]
        public async Task A_failing_row_comes_after_the_calls_before_it_and_before_the_calls_after_it()
        {
            await Run(new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = Ready, Input = 1 },
                new OutboundCallRow { PhoneNumber = "bad!", OnBehalfOf = Ready, Input = 2 },
                new OutboundCallRow { PhoneNumber = "+15559876545", OnBehalfOf = Ready, Input = 3 });
            Assert.Equal(new object[] { 1, "error 2", 3 }, _output.Events.Select(e => e is CommandError error ? "error " + error.TargetObject : ((OutboundCall)e).InputObject));
        }

        [Fact]
        public async Task Agent_without_station_fails_pre_flight_with_the_reason()
        {
            await Run(new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = NoStation });
            var error = Assert.Single(_output.Errors);
            Assert.Equal("NewOutboundCallAgentHasNoStation", error.ErrorId);
            Assert.Contains("station", error.Message);
            Assert.Equal(0, Creates);
        }

        [Fact]
        public async Task Unknown_agent_fails_pre_flight()
        {
            await Run(new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = Guid.NewGuid().ToString() });
            Assert.Equal("NewOutboundCallAgentNotFound", Assert.Single(_output.Errors).ErrorId);
            Assert.Equal(0, Creates);
        }

        [Fact]
        public async Task Skipping_the_readiness_check_lets_the_service_answer()
        {
            await Run(new OutboundCallPlacer(_output, Session) { SkipReadinessCheck = true }, new[] { new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = NoStation } });
            var error = Assert.Single(_output.Errors);
            Assert.Equal("NewOutboundCallBadRequest", error.ErrorId);
            Assert.Contains("conversation.error.no.user.station", error.Message);
            Assert.Contains("station", error.RecommendedAction);
            Assert.Equal(1, Creates);
        }

        [Fact]
        public async Task Rate_limited_then_success_is_one_conversation()
        {
            Server.SetFaults(new FaultSettings { RateLimitStormSeconds = 1, PathContains = "/conversations/calls" });
            await Run(new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = Ready });
            Assert.Single(_output.Objects);
            Assert.Equal(1, Server.ConversationCount);
        }

        [Fact]
        public async Task Service_unavailable_on_create_is_an_error_with_one_attempt()
        {
            Server.SetFaults(new FaultSettings { ServiceUnavailableRate = 1, PathContains = "/conversations/calls" });
            await Run(new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = Ready });
            Assert.Equal("NewOutboundCallServiceError", Assert.Single(_output.Errors).ErrorId);
            Assert.Equal(1, Creates);
        }

        [Fact]
        public async Task Lost_answer_is_outcome_unknown_and_never_retried()
        {
            Server.SetFaults(new FaultSettings { ResetAfterRate = 1, PathContains = "/conversations/calls" });
            var row = new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = Ready, Input = "row-1" };
            await Run(row);
            var error = Assert.Single(_output.Errors);
            Assert.Equal("NewOutboundCallOutcomeUnknown", error.ErrorId);
            Assert.Equal("row-1", error.TargetObject);
            Assert.Equal(1, Server.ConversationCount);
            Assert.Equal(1, Creates);
        }

        [Fact]
        public async Task Bulk_rows_each_get_exactly_one_outcome_carrying_the_row()
        {
            var rows = Enumerable.Range(1, 250).Select(i => new OutboundCallRow
            {
                PhoneNumber = i % 50 == 0 ? "bad!" : "+1555000" + i.ToString("D4"),
                OnBehalfOf = i % 25 == 0 ? NoStation : Ready,
                Input = "row-" + i,
            }).ToList();
            await Run(new OutboundCallPlacer(_output, Session) { ThrottleLimit = 4, ExpectedTotal = rows.Count }, rows);
            var outcomes = _output.Objects.Cast<OutboundCall>().Select(c => (string)c.InputObject!).Concat(_output.Errors.Select(e => (string)e.TargetObject!)).ToList();
            Assert.Equal(rows.Select(r => (string)r.Input!).OrderBy(x => x), outcomes.OrderBy(x => x));
            Assert.Equal(240, _output.Objects.Count);
            Assert.Equal(_output.Objects.Count, Server.ConversationCount);
            Assert.Equal(3, Server.Requests.Count(r => r.Path == "/api/v2/users"));
            Assert.True(_output.Progress[^1].Completed);
        }

        [Fact]
        public async Task Bulk_with_faults_creates_plus_errors_equal_rows_and_no_duplicates()
        {
            Server.SetFaults(new FaultSettings { ServiceUnavailableRate = 0.1, ResetAfterRate = 0.05, PathContains = "/conversations/calls", Seed = 7 });
            var rows = Enumerable.Range(1, 1000).Select(i => new OutboundCallRow { PhoneNumber = "+1555100" + i.ToString("D4"), OnBehalfOf = Ready, Input = i }).ToList();
            await Run(new OutboundCallPlacer(_output, Session) { ThrottleLimit = 8 }, rows);
            Assert.Equal(1000, _output.Objects.Count + _output.Errors.Count);
            var conversations = (await new EmulatorClient(Server).GetAsync("/emulator/conversations", null)).Body.EnumerateArray()
                .Select(c => c.GetProperty("request").GetProperty("phoneNumber").GetString()).ToList();
            Assert.Equal(conversations.Count, conversations.Distinct().Count());
            var unknown = _output.Errors.Count(e => e.ErrorId == "NewOutboundCallOutcomeUnknown");
            Assert.Equal(_output.Objects.Count + unknown, conversations.Count);
            Assert.Equal(1000, Creates);
        }

        [Fact]
        public void A_pipeline_that_stops_after_three_calls_stops_placing_calls()
        {
            // As `$rows | New-OutboundCall -ThrottleLimit 4 | Select-Object -First 3`: the host refuses the fourth object.
            var pipeline = new PipelineThread();
            var host = new StoppingHost(pipeline, _output, stopAfterObjects: 3);
            var command = new OutboundCallPlacer(host, Session) { ThrottleLimit = 4 };
            var rows = Enumerable.Range(1, 100).Select(i => new OutboundCallRow { PhoneNumber = "+1555200" + i.ToString("D4"), OnBehalfOf = Ready }).ToList();

            Assert.Throws<PipelineStopped>(() => pipeline.Run(async token =>
            {
                foreach (var row in rows) await command.ProcessAsync(row, token);
                await command.CompleteAsync(token);
            }, CancellationToken.None));
            var placedWhenStopped = Server.ConversationCount;
            Thread.Sleep(300);

            Assert.Equal(3, _output.Objects.Count);
            Assert.InRange(placedWhenStopped, 3, 3 + 4);
            Assert.Equal(placedWhenStopped, Server.ConversationCount);
        }

        private sealed class PipelineStopped : Exception
        {
        }

        /// <summary>Forwards to a recording through the pipeline thread, and stops the pipeline after N objects.</summary>
        private sealed class StoppingHost(PipelineThread pipeline, RecordingOutput inner, int stopAfterObjects) : ICommandOutput
        {
            public void WriteObject(object value) => pipeline.Invoke(() =>
            {
                if (inner.Objects.Count == stopAfterObjects) throw new PipelineStopped();
                inner.WriteObject(value);
            });

            public void WriteError(CommandError error) => pipeline.Invoke(() => inner.WriteError(error));
            public bool ShouldProcess(string target, string action) => inner.ShouldProcess(target, action);
            public void WriteProgress(ProgressUpdate progress) => pipeline.Invoke(() => inner.WriteProgress(progress));
            public void WriteVerbose(string message) => pipeline.Invoke(() => inner.WriteVerbose(message));
            public void WriteDebug(string message) => pipeline.Invoke(() => inner.WriteDebug(message));
            public void WriteWarning(string message) => pipeline.Invoke(() => inner.WriteWarning(message));
        }

        private string DeterministicQueue(string name) => Server.Org.Queues.Single(q => q.Name == name).Id;
    }
}
