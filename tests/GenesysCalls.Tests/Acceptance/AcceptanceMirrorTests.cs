using System.Text.Json;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Sessions;
using GenesysCalls.Core.Validation;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Acceptance
{
    /// <summary>
    /// shared/acceptance/scenarios.ps1, check by check, at the command level, against an emulator started the way the
    /// review starts it. What only PowerShell can show (binding, formatting) is left to the Pester suite.
    /// </summary>
    public class AcceptanceMirrorTests : IAsyncLifetime
    {
        private EmulatorServer _server = null!;
        private EmulatorClient _raw = null!;
        private readonly SessionRegistry _registry = new();

        public async Task InitializeAsync()
        {
            _server = await EmulatorServer.StartAsync(EmulatorOptions.Parse(new[]
            {
                "--port", "0", "--client-id", "11111111-2222-3333-4444-555555555555", "--client-secret", "bars-secret", "--agents", "250", "--rate-limit", "100000",
            }));
            _raw = new EmulatorClient(_server);
        }

        public async Task DisposeAsync()
        {
            _registry.Reset();
            _raw.Dispose();
            await _server.DisposeAsync();
        }

        private Task<GenesysSession> Connect(RecordingOutput? output = null) =>
            Connected.ConnectAsync(_server, _registry, output, request: Connected.ClientCredentials(_server, "bars-secret"));

        /// <summary>AllUsers in the script: GET /api/v2/users 100 a page with a raw client-credentials token.</summary>
        private async Task<List<string>> AllUsers(int max = 500)
        {
            var token = await _raw.ClientTokenAsync(secret: "bars-secret");
            var all = new List<string>();
            for (var page = 1; ; page++)
            {
                var entities = (await _raw.GetAsync($"/api/v2/users?pageSize=100&pageNumber={page}", token)).Body.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
                all.AddRange(entities);
                if (entities.Count != 100 || all.Count >= max) return all;
            }
        }

        private int Posts => _server.Requests.Count(r => r.Method == "POST" && r.Path.Contains("/conversations/calls"));

        [Fact]
        public async Task Connect_scenario()
        {
            var verbose = new RecordingOutput("Connect-GenesysOrg");
            var session = await Connect(verbose);
            Assert.True(session.IsConnected);
            Assert.DoesNotContain("bars-secret", verbose.AllText());
            Assert.DoesNotMatch("Bearer [A-Za-z0-9]", verbose.AllText());
            Assert.DoesNotMatch("eyJ|[A-Za-z0-9_-]{48,}", session.ToString() + session.Identity + session.ApiBaseUri + session.OrganizationId);
            var wrong = await Assert.ThrowsAsync<CommandTerminatingException>(() => Connected.ConnectAsync(_server, _registry, request: Connected.ClientCredentials(_server, "nope")));
            Assert.Equal("ConnectGenesysOrgAuthenticationFailed", wrong.Error.IdAs("Connect-GenesysOrg"));
            var http = Connected.ClientCredentials(_server, "bars-secret");
            http.BaseUri = new Uri("http://example.com");
            http.SkipCertificateCheck = false;
            await Assert.ThrowsAsync<CommandTerminatingException>(() => Connected.ConnectAsync(_server, _registry, request: http));
            await Connect();
            await new SessionDisconnector(new RecordingOutput(), _registry).ProcessAsync(SessionSelection.Current(), CancellationToken.None);
            var get = new RecordingOutput("Get-GenesysSession");
            await new SessionReader(get, _registry).ProcessAsync(SessionSelection.Current(false), CancellationToken.None);
            Assert.Empty(get.Objects);
        }

        [Fact]
        public async Task Presence_scenario()
        {
            var session = await Connect();
            var all = await AllUsers();
            _server.ClearRequests();
            var output = new RecordingOutput("Test-AgentPresence");
            var command = new AgentPresenceChecker(output, session);
            foreach (var id in all) await command.ProcessAsync(PresenceInput.ForUserId(id), CancellationToken.None);
            await command.CompleteAsync(CancellationToken.None);
            var results = output.Objects.Cast<AgentPresence>().ToList();
            var apiCalls = _server.Requests.Count(r => r.Path.StartsWith("/api/v2/"));
            Assert.Equal(all.Count, results.Count);
            Assert.Equal(all, results.Select(r => r.UserId));
            Assert.True(apiCalls <= (int)Math.Ceiling(all.Count / 100.0) + 1, apiCalls + " requests");
            Assert.DoesNotContain(results, r => !r.CanPlaceCall && r.Reasons.Count == 0);

            var mixed = new RecordingOutput("Test-AgentPresence");
            var again = new AgentPresenceChecker(mixed, session);
            await again.ProcessAsync(PresenceInput.ForUserId("00000000-0000-0000-0000-00000000dead"), CancellationToken.None);
            await again.ProcessAsync(PresenceInput.ForUserId(all[0]), CancellationToken.None);
            await again.CompleteAsync(CancellationToken.None);
            Assert.Single(mixed.Objects);
            Assert.Single(mixed.Errors);
        }

        [Fact]
        public async Task Outbound_scenario()
        {
            var session = await Connect();
            var presence = new RecordingOutput("Test-AgentPresence");
            var check = new AgentPresenceChecker(presence, session);
            foreach (var id in await AllUsers(100)) await check.ProcessAsync(PresenceInput.ForUserId(id), CancellationToken.None);
            await check.CompleteAsync(CancellationToken.None);
            var agents = presence.Objects.Cast<AgentPresence>().ToList();
            var ok1 = agents.First(a => a.CanPlaceCall);
            var noStation = agents.First(a => !a.HasStation);
            _server.ClearRequests();

            async Task<RecordingOutput> Call(OutboundCallRow row, bool confirm = true)
            {
                var output = new RecordingOutput("New-OutboundCall") { Confirm = confirm };
                var command = new OutboundCallPlacer(output, session);
                await command.ProcessAsync(row, CancellationToken.None);
                await command.CompleteAsync(CancellationToken.None);
                return output;
            }

            await Call(new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = ok1.UserId }, confirm: false);
            Assert.Equal(0, Posts);
            Assert.Matches("^[0-9a-f-]{36}$", Assert.IsType<OutboundCall>(Assert.Single((await Call(new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = ok1.UserId })).Objects)).ConversationId);
            Assert.Single((await Call(new OutboundCallRow { PhoneNumber = "+15559876544", OnBehalfOf = ok1.UserId, Input = ok1 })).Objects);

            _server.ClearRequests();
            Assert.Equal("NewOutboundCallUserContextRequired", Assert.Single((await Call(new OutboundCallRow { PhoneNumber = "+15559876543" })).Errors).ErrorId);
            Assert.Equal(0, Posts);
            var noStationError = Assert.Single((await Call(new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = noStation.UserId })).Errors);
            Assert.Equal("NewOutboundCallAgentHasNoStation", noStationError.ErrorId);
            Assert.Contains("station", noStationError.Message);

            _server.ClearRequests();
            var report = CallPayloadValidator.Validate("{\"from\":{\"phoneNumber\":\"+15551234567\"},\"to\":[{\"phoneNumber\":\"+15559876543\"}]}");
            Assert.Equal("NewOutboundCallInvalidRequest", Assert.Single((await Call(new OutboundCallRow { Request = report.Request, OnBehalfOf = ok1.UserId })).Errors).ErrorId);
            Assert.Equal(0, Posts);

            var rows = Enumerable.Range(1, 30).Select(i => new OutboundCallRow { PhoneNumber = "+1555000" + i.ToString("D4"), OnBehalfOf = ok1.UserId })
                .Append(new OutboundCallRow { PhoneNumber = "not a number!", OnBehalfOf = ok1.UserId }).ToList();
            var bulk = new RecordingOutput("New-OutboundCall");
            var place = new OutboundCallPlacer(bulk, session);
            foreach (var row in rows) await place.ProcessAsync(row, CancellationToken.None);
            await place.CompleteAsync(CancellationToken.None);
            Assert.Equal(rows.Count, bulk.Objects.Count + bulk.Errors.Count);
            Assert.Equal(30, bulk.Objects.Count);
        }
    }
}
