using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Reliability
{
    /// <summary>Strings that try to change the request target never reach a URL.</summary>
    public class HostileInputTests : ConnectedTest
    {
        public HostileInputTests()
            : base(agents: 5)
        {
        }

        public static readonly TheoryData<string> Hostile = new()
        {
            "../../api/v2/users/me",
            "%2e%2e%2fusers",
            "3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e\r\nX-Injected: 1",
            "3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e/../../x",
            "3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e?id=other",
            "ｇｕｉｄ-\u202e-ünïcødé",
            new string('a', 100_000),
            "",
        };

        [Theory]
        [MemberData(nameof(Hostile))]
        public async Task On_behalf_of_is_never_put_into_a_url(string hostile)
        {
            var output = new RecordingOutput("New-OutboundCall");
            var command = new OutboundCallPlacer(output, Session);
            await command.ProcessAsync(new OutboundCallRow { PhoneNumber = "+15551234567", OnBehalfOf = hostile }, CancellationToken.None);
            await command.CompleteAsync(CancellationToken.None);
            if (hostile.Length == 0) Assert.Equal("NewOutboundCallUserContextRequired", Assert.Single(output.Errors).ErrorId);
            else Assert.Equal("NewOutboundCallInvalidOnBehalfOf", Assert.Single(output.Errors).ErrorId);
            Assert.Empty(Server.Requests);
        }

        [Theory]
        [MemberData(nameof(Hostile))]
        public async Task User_ids_are_never_put_into_a_url(string hostile)
        {
            var output = new RecordingOutput("Test-AgentPresence");
            var command = new AgentPresenceChecker(output, Session);
            await command.ProcessAsync(PresenceInput.ForUserId(hostile), CancellationToken.None);
            await command.CompleteAsync(CancellationToken.None);
            Assert.Equal("TestAgentPresenceInvalidUserId", Assert.Single(output.Errors).ErrorId);
            Assert.Empty(Server.Requests);
        }

        [Theory]
        [InlineData("agent0001@example.com\r\nX-Injected: 1")]
        [InlineData("a b@example.com")]
        [InlineData("no-at-sign")]
        public async Task Malformed_emails_are_rejected_before_any_request(string email)
        {
            var output = new RecordingOutput("Test-AgentPresence");
            var command = new AgentPresenceChecker(output, Session);
            await command.ProcessAsync(PresenceInput.ForEmail(email), CancellationToken.None);
            await command.CompleteAsync(CancellationToken.None);
            Assert.Equal("TestAgentPresenceInvalidEmail", Assert.Single(output.Errors).ErrorId);
            Assert.Empty(Server.Requests);
        }

        [Theory]
        [MemberData(nameof(Hostile))]
        public void Hostile_ids_in_a_payload_are_reported_not_sent(string hostile)
        {
            var json = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["callUserId"] = hostile });
            var result = GenesysCalls.Core.Validation.CallPayloadValidator.Validate(json);
            // A warning (ids are plain strings in the definition): New-OutboundCall sends it only with -Force.
            var finding = Assert.Single(result.Diagnostics);
            Assert.Equal(("genesyscalls.id.not.guid", DiagnosticSeverity.Warning), (finding.Code, finding.Level));
        }
    }
}
