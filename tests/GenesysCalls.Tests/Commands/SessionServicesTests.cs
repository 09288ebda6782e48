using System.Reflection;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Completion;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Outcomes;
using GenesysCalls.Core.Sessions;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Commands
{
    /// <summary>The session people see is only that; its services are a ConnectedOrg the registry holds, gone when it disconnects.</summary>
    public class SessionServicesTests : IAsyncLifetime
    {
        private EmulatorServer _server = null!;
        private readonly SessionRegistry _registry = new();

        public async Task InitializeAsync() => _server = await EmulatorClient.StartAsync(agents: 2);

        public async Task DisposeAsync()
        {
            _registry.Reset();
            await _server.DisposeAsync();
        }

        [Fact]
        public void The_session_people_see_holds_no_client_tokens_calls_or_waiters()
        {
            var services = new[]
            {
                typeof(GenesysApiClient), typeof(TokenManager), typeof(GenesysEndpoint), typeof(CallHandoff), typeof(PlacedCalls),
                typeof(SessionDetails), typeof(ConnectedOrg), typeof(SessionRegistry),
            };
            var fields = typeof(GenesysSession).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

            Assert.NotEmpty(fields);
            Assert.All(fields, f => Assert.DoesNotContain(f.FieldType, services));
            Assert.Contains(fields, f => f.FieldType == typeof(ISessionFacts));
        }

        [Fact]
        public async Task Connecting_registers_the_session_with_its_services()
        {
            var session = await Connected.ConnectAsync(_server, _registry);

            var org = ConnectedOrg.Of(session);
            Assert.Same(session, org.Session);
            Assert.Same(session, _registry.Current);
            Assert.Equal(session.ApiBaseUri, org.Endpoint.ApiBase);
            Assert.True(session.IsConnected);
        }

        [Fact]
        public async Task A_disconnected_session_still_shows_what_it_read_and_is_refused_as_not_connected()
        {
            var session = await Connected.ConnectAsync(_server, _registry);
            var services = ConnectedOrg.Of(session);
            var organization = session.OrganizationName;
            var shown = session.ToString();

            _registry.Remove(session);

            Assert.False(session.IsConnected);
            Assert.Null(ConnectedOrg.Find(session));
            Assert.Null(services.Api.Tokens.Current);
            Assert.Null(session.ExpiresAt);
            Assert.Equal(organization, session.OrganizationName);
            Assert.Equal(shown, session.ToString());
            var ex = Assert.Throws<CommandTerminatingException>(() => SessionResolver.Resolve(session, _registry));
            Assert.Equal("GetOutboundCallNotConnected", ex.Error.IdAs("Get-OutboundCall"));
            Assert.Throws<ObjectDisposedException>(() => ConnectedOrg.Of(session));
            Assert.Empty(OrgCompletions.PlacedCalls(session, string.Empty));
        }

        [Fact]
        public async Task Disposing_the_session_disconnects_it_once_and_keeps_it_listed_as_before()
        {
            var session = await Connected.ConnectAsync(_server, _registry);

            session.Dispose();
            session.Dispose();

            Assert.False(session.IsConnected);
            Assert.Same(session, Assert.Single(_registry.All));
        }

        [Fact]
        public async Task Each_session_has_its_own_services()
        {
            var first = await Connected.ConnectAsync(_server, _registry);
            var second = await Connected.ConnectAsync(_server, _registry);

            Assert.NotSame(ConnectedOrg.Of(first).Api, ConnectedOrg.Of(second).Api);
            Assert.NotSame(ConnectedOrg.Of(first).Handoff, ConnectedOrg.Of(second).Handoff);
            _registry.Remove(first);
            Assert.True(second.IsConnected);
        }
    }
}
