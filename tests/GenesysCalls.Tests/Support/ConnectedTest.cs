using GenesysCalls.Core.Http;
using GenesysCalls.Emulator;
using Xunit;

namespace GenesysCalls.Tests.Support
{
    /// <summary>A test class with its own emulated org and a client-credentials session to it, fresh per test.</summary>
    public abstract class ConnectedTest : IAsyncLifetime
    {
        private readonly int _agents;

        protected ConnectedTest(int agents) => _agents = agents;

        protected EmulatorServer Server { get; private set; } = null!;

        protected GenesysSession Session { get; private set; } = null!;

        /// <summary>The session's retry rules; tests shorten the backoff.</summary>
        private protected RetryPolicy Policy { get; } = new() { BackoffBase = TimeSpan.FromMilliseconds(10), MaxTransientRetries = 3 };

        public async Task InitializeAsync()
        {
            Server = await EmulatorClient.StartAsync(agents: _agents);
            Session = await Connected.ConnectAsync(Server, policy: Policy);
            Server.ClearRequests();
        }

        public async Task DisposeAsync()
        {
            Session.Dispose();
            await Server.DisposeAsync();
        }
    }
}
