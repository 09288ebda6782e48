using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Sessions;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Presence
{
    public class AgentPresenceCheckerTests : ConnectedTest
    {
        private readonly RecordingOutput _output = new("Test-AgentPresence");

        public AgentPresenceCheckerTests()
            : base(agents: 300)
        {
        }


        /// <summary>Generated agent i (index 0 is the seeded supervisor).</summary>
        private string Agent(int i) => Server.UserIds[i + 1];

        private async Task<RecordingOutput> Run(IEnumerable<string> ids, bool quiet = false, IEnumerable<string>? ready = null, bool emails = false)
        {
            Server.ClearRequests();
            var command = new AgentPresenceChecker(_output, Session, ready) { Quiet = quiet };
            foreach (var id in ids)
            {
                if (emails) await command.ProcessAsync(PresenceInput.ForEmail(id), CancellationToken.None);
                else await command.ProcessAsync(PresenceInput.ForUserId(id), CancellationToken.None);
            }

            await command.CompleteAsync(CancellationToken.None);
            return _output;
        }

        private int ApiRequests => Server.Requests.Count(r => r.Path.StartsWith("/api/v2/"));

        [Theory]
        [InlineData(1, 1)]
        [InlineData(100, 1)]
        [InlineData(101, 2)]
        [InlineData(250, 3)]
        public async Task Agents_are_read_a_hundred_per_request(int agents, int requests)
        {
            var ids = Enumerable.Range(0, agents).Select(Agent).ToList();
            var output = await Run(ids);
            Assert.Equal(agents, output.Objects.Count);
            Assert.Equal(requests, ApiRequests);
            Assert.Equal(ids, output.Objects.Cast<AgentPresence>().Select(p => p.UserId));
            Assert.Empty(output.Errors);
        }

        [Fact]
        public async Task Streams_in_windows_with_flat_memory_and_keeps_order()
        {
            var ids = Enumerable.Range(0, 300).Concat(Enumerable.Range(0, 300)).Concat(Enumerable.Range(0, 300)).Select(Agent).ToList();
            var output = await Run(ids);
            Assert.Equal(ids, output.Objects.Cast<AgentPresence>().Select(p => p.UserId));
            Assert.True(ApiRequests <= (int)Math.Ceiling(ids.Count / 100.0) + 1);
        }

        [Fact]
        public async Task Duplicates_are_fetched_once_and_answered_for_each_input()
        {
            var output = await Run(new[] { Agent(0), Agent(1), Agent(0), Agent(0) });
            Assert.Equal(4, output.Objects.Count);
            var request = Assert.Single(Server.Requests, r => r.Path == "/api/v2/users");
            Assert.Equal(2, request.Query.Split("id=").Length - 1);
        }

        [Fact]
        public async Task Unknown_ids_are_non_terminating_errors_and_the_rest_continue()
        {
            var unknown = "00000000-0000-0000-0000-00000000dead";
            var output = await Run(new[] { unknown, Agent(0), Agent(1) });
            Assert.Equal(new[] { Agent(0), Agent(1) }, output.Objects.Cast<AgentPresence>().Select(p => p.UserId));
            var error = Assert.Single(output.Errors);
            Assert.Equal("TestAgentPresenceUserNotFound", error.ErrorId);
            Assert.Equal(ErrorKind.ObjectNotFound, error.Category);
            Assert.Equal(unknown, error.TargetObject);
        }

        [Fact]
        public async Task Batch_of_only_unknown_ids_is_still_one_request()
        {
            var output = await Run(new[] { Guid.NewGuid().ToString(), Guid.NewGuid().ToString() });
            Assert.Equal(2, output.Errors.Count);
            Assert.Equal(1, ApiRequests);
        }

        [Theory]
        [InlineData("jane.doe")]
        [InlineData("12345")]
        [InlineData("../../users/me")]
        public async Task Malformed_ids_are_rejected_before_any_request(string id)
        {
            var output = await Run(new[] { id });
            Assert.Equal("TestAgentPresenceInvalidUserId", Assert.Single(output.Errors).ErrorId);
            Assert.Equal(0, ApiRequests);
        }

        [Fact]
        public async Task Emails_are_resolved_by_search_in_one_request()
        {
            var output = await Run(new[] { "agent0002@example.com", "AGENT0001@example.com", "nobody@example.com" }, emails: true);
            Assert.Equal(new[] { Agent(1), Agent(0) }, output.Objects.Cast<AgentPresence>().Select(p => p.UserId));
            Assert.Equal("TestAgentPresenceUserNotFound", Assert.Single(output.Errors).ErrorId);
            Assert.Equal(1, ApiRequests);
            Assert.Single(Server.Requests, r => r.Path == "/api/v2/users/search");
        }

        [Fact]
        public async Task Ready_agent_has_no_reasons()
        {
            var agent = Assert.IsType<AgentPresence>(Assert.Single((await Run(new[] { Agent(0) })).Objects));
            Assert.True(agent.CanPlaceCall);
            Assert.Empty(agent.Reasons);
            Assert.Equal("Available", agent.Presence);
            Assert.True(agent.HasStation);
            Assert.Equal("active", agent.State);
            Assert.Equal("agent0001@example.com", agent.Email);
        }

        [Theory]
        [InlineData(3, "No effective station")]
        [InlineData(6, "Presence is Offline")]
        [InlineData(5, "Presence is Away")]
        [InlineData(4, "COMMUNICATING")]
        [InlineData(21, "INTERACTING")]
        [InlineData(49, "inactive")]
        public async Task Every_reason_for_not_ready_is_given(int index, string reason)
        {
            var agent = Assert.IsType<AgentPresence>(Assert.Single((await Run(new[] { Agent(index) })).Objects));
            Assert.False(agent.CanPlaceCall);
            Assert.Contains(agent.Reasons, r => r.Contains(reason));
        }

        [Fact]
        public async Task Unknown_presence_and_missing_routing_are_reasons_too()
        {
            await new EmulatorClient(Server).SendAsync(HttpMethod.Patch, $"/emulator/users/{Agent(0)}", null, "{\"presence\":\"Something\",\"routingStatus\":\"NOT_RESPONDING\"}");
            var agent = Assert.IsType<AgentPresence>(Assert.Single((await Run(new[] { Agent(0) })).Objects));
            Assert.Contains(agent.Reasons, r => r.Contains("Presence is Something"));
            Assert.Contains(agent.Reasons, r => r.Contains("NOT_RESPONDING"));
        }

        [Fact]
        public async Task Ready_presence_policy_can_include_busy()
        {
            var busyNoStationCheck = Agent(4);
            var strict = Assert.IsType<AgentPresence>(Assert.Single((await Run(new[] { busyNoStationCheck })).Objects));
            Assert.Contains(strict.Reasons, r => r.Contains("Presence is Busy"));
            _output.Objects.Clear();
            var relaxed = Assert.IsType<AgentPresence>(Assert.Single((await Run(new[] { busyNoStationCheck }, ready: new[] { "available", "ON_QUEUE", "Busy" })).Objects));
            Assert.DoesNotContain(relaxed.Reasons, r => r.Contains("Presence"));
        }

        [Fact]
        public async Task Unknown_ready_presence_warns()
        {
            await Run(new[] { Agent(0) }, ready: new[] { "Lunch" });
            Assert.Contains(_output.Warnings, w => w.Contains("'Lunch' is not a system presence"));
        }

        [Fact]
        public async Task Quiet_gives_one_bool_per_agent()
        {
            var output = await Run(new[] { Agent(0), Agent(3) }, quiet: true);
            Assert.Equal(new object[] { true, false }, output.Objects);
        }

        [Fact]
        public async Task Progress_is_shown_for_more_than_a_hundred_agents_and_completed()
        {
            var output = await Run(Enumerable.Range(0, 250).Select(Agent));
            Assert.NotEmpty(output.Progress);
            Assert.True(output.Progress[^1].Completed);
            Assert.Empty((await Run(new[] { Agent(0) })).Progress.Skip(output.Progress.Count));
        }

        [Fact]
        public async Task Failed_batch_reports_each_of_its_inputs()
        {
            Server.SetFaults(new FaultSettings { ServiceUnavailableRate = 1, PathContains = "/api/v2/users" });
            var command = new AgentPresenceChecker(_output, Session);
            ConnectedOrg.Of(Session).Api.Policy.BackoffBase = TimeSpan.FromMilliseconds(1);
            await command.ProcessAsync(PresenceInput.ForUserId(Agent(0)), CancellationToken.None);
            await command.ProcessAsync(PresenceInput.ForUserId(Agent(1)), CancellationToken.None);
            await command.CompleteAsync(CancellationToken.None);
            Assert.Equal(2, _output.Errors.Count);
            Assert.All(_output.Errors, e => Assert.Equal("TestAgentPresenceServiceError", e.ErrorId));
        }
    }
}
