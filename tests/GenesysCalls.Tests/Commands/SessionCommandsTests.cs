using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Sessions;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Commands
{
    public class SessionCommandsTests : IAsyncLifetime
    {
        private EmulatorServer _server = null!;
        private readonly SessionRegistry _registry = new();
        private readonly RecordingOutput _output = new("Get-GenesysSession");

        public async Task InitializeAsync() => _server = await EmulatorClient.StartAsync(agents: 2);

        public async Task DisposeAsync()
        {
            _registry.Reset();
            await _server.DisposeAsync();
        }

        [Fact]
        public async Task Get_without_a_session_is_a_non_terminating_not_connected_error()
        {
            await new SessionReader(_output, _registry).ProcessAsync(SessionSelection.Current(false), CancellationToken.None);
            Assert.Empty(_output.Objects);
            var error = Assert.Single(_output.Errors);
            Assert.Equal("GetGenesysSessionNotConnected", error.ErrorId);
            Assert.Equal(ErrorKind.ObjectNotFound, error.Category);
        }

        [Fact]
        public async Task Get_returns_current_named_all_and_the_token_only_on_request()
        {
            var first = await Connected.ConnectAsync(_server, _registry);
            var second = await Connected.ConnectAsync(_server, _registry);
            var command = new SessionReader(_output, _registry);
            var none = CancellationToken.None;
            await command.ProcessAsync(SessionSelection.Current(false), none);
            await command.ProcessAsync(SessionSelection.Named(first.Name, false), none);
            await command.ProcessAsync(SessionSelection.Every(), none);
            await command.ProcessAsync(SessionSelection.Current(true), none);
            Assert.Equal(new object[] { second, first, first, second }, _output.Objects.Take(4));
            var token = Assert.IsType<System.Security.SecureString>(_output.Objects[4]);
            Assert.Equal(ConnectedOrg.Of(second).Api.Tokens.Current!.Value, GenesysCalls.Core.Auth.SecretText.Reveal(token));
            await command.ProcessAsync(SessionSelection.Named("nope", false), none);
            Assert.Equal("GetGenesysSessionNotFound", Assert.Single(_output.Errors).ErrorId);
        }

        [Fact]
        public async Task Disconnect_forgets_the_current_session_and_leaves_none_current()
        {
            var first = await Connected.ConnectAsync(_server, _registry);
            var second = await Connected.ConnectAsync(_server, _registry);
            var services = ConnectedOrg.Of(second);
            await new SessionDisconnector(_output, _registry).ProcessAsync(SessionSelection.Current(), CancellationToken.None);
            Assert.False(second.IsConnected);
            Assert.Null(_registry.Current);
            Assert.Null(services.Api.Tokens.Current);
            Assert.Null(ConnectedOrg.Find(second));
            var ex = Assert.Throws<CommandTerminatingException>(() => SessionResolver.Resolve(null, _registry));
            Assert.Equal("NewOutboundCallNotConnected", ex.Error.IdAs("New-OutboundCall"));
            Assert.Same(first, SessionResolver.Resolve(first, _registry));
        }

        [Fact]
        public async Task Disconnect_all_and_disconnect_with_nothing_connected()
        {
            await Connected.ConnectAsync(_server, _registry);
            await Connected.ConnectAsync(_server, _registry);
            var command = new SessionDisconnector(_output, _registry);
            await command.ProcessAsync(SessionSelection.Every(), CancellationToken.None);
            Assert.Empty(_registry.All);
            await command.ProcessAsync(SessionSelection.Current(), CancellationToken.None);
            Assert.Empty(_output.Errors);
            Assert.Contains(_output.Verbose, v => v.Contains("nothing to disconnect"));
        }

        [Fact]
        public async Task A_disconnected_session_passed_explicitly_is_refused()
        {
            var session = await Connected.ConnectAsync(_server, _registry);
            _registry.Remove(session);
            var ex = Assert.Throws<CommandTerminatingException>(() => SessionResolver.Resolve(session, _registry));
            Assert.Contains("was disconnected", ex.Error.Message);
        }
    }
}
