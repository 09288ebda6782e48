using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Calls
{
    /// <summary>Issue 21: New-OutboundCall's pre-flight does not read again what Test-AgentPresence just read.</summary>
    public class PresenceReuseTests : ConnectedTest
    {
        private readonly RecordingOutput _output = new("New-OutboundCall");

        public PresenceReuseTests()
            : base(agents: 20)
        {
        }

        private string Ready => Server.UserIds[1];

        private string NoStation => Server.UserIds[4];

        private int AgentReads => Server.Requests.Count(r => r.Method == "GET" && r.Path == "/api/v2/users");

        private static AgentPresence Presence(string userId, bool hasStation = true, string state = "active", double ageSeconds = 0) =>
            new(userId, "Agent " + userId.Substring(0, 4), null, "Available", "IDLE", hasStation ? "station-1" : null, null, state,
                new string[0], null)
            { CheckedAt = DateTimeOffset.Now.AddSeconds(-ageSeconds) };

        private async Task Run(params OutboundCallRow[] rows)
        {
            var command = new OutboundCallPlacer(_output, Session);
            foreach (var row in rows) await command.ProcessAsync(row, CancellationToken.None);
            await command.CompleteAsync(CancellationToken.None);
        }

        [Fact]
        public async Task A_fresh_presence_piped_in_spares_the_agent_read()
        {
            await Run(new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = Ready, Presence = Presence(Ready) });
            Assert.IsType<OutboundCall>(Assert.Single(_output.Objects));
            Assert.Equal(0, AgentReads);
            Assert.Contains(_output.Verbose, v => v.StartsWith("Agent check: 1 agent(s) answered by the AgentPresence handed in"));
        }

        [Fact]
        public async Task A_fresh_presence_without_a_station_refuses_the_row_without_a_read()
        {
            await Run(new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = Ready, Presence = Presence(Ready, hasStation: false) });
            Assert.Equal("NewOutboundCallAgentHasNoStation", Assert.Single(_output.Errors).ErrorId);
            Assert.Equal(0, AgentReads);
        }

        [Fact]
        public async Task A_fresh_presence_of_an_inactive_agent_refuses_the_row()
        {
            await Run(new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = Ready, Presence = Presence(Ready, state: "inactive") });
            Assert.Equal("NewOutboundCallAgentInactive", Assert.Single(_output.Errors).ErrorId);
            Assert.Equal(0, AgentReads);
        }

        [Fact]
        public async Task A_stale_presence_is_read_again_and_the_read_decides()
        {
            var stale = Presence(NoStation, hasStation: true, ageSeconds: AgentReadinessCheck.FreshFor.TotalSeconds + 1);
            await Run(new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = NoStation, Presence = stale });
            Assert.Equal(1, AgentReads);
            Assert.Equal("NewOutboundCallAgentHasNoStation", Assert.Single(_output.Errors).ErrorId);
        }

        [Fact]
        public async Task A_presence_of_another_agent_than_the_caller_is_not_used()
        {
            await Run(new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = NoStation, Presence = Presence(Ready) });
            Assert.Equal(1, AgentReads);
            Assert.Equal("NewOutboundCallAgentHasNoStation", Assert.Single(_output.Errors).ErrorId);
        }

        [Fact]
        public async Task Only_the_agents_without_a_fresh_presence_are_read()
        {
            await Run(new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = Ready, Presence = Presence(Ready) },
                new OutboundCallRow { PhoneNumber = "+15559876544", OnBehalfOf = NoStation });
            var read = Assert.Single(Server.Requests, r => r.Path == "/api/v2/users");
            Assert.Contains(NoStation, read.Query);
            Assert.DoesNotContain(Ready, read.Query);
        }
    }
}
