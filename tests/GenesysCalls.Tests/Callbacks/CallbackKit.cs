using System.Text.Json;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Http;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Callbacks
{
    /// <summary>A fast org (call speed 100) with a client-credentials session, its first queue, and the callback commands' drivers.</summary>
    public abstract class CallbackKit : IAsyncLifetime
    {
        private protected EmulatorServer Server { get; private set; } = null!;
        private protected GenesysSession Session { get; private set; } = null!;
        private protected string Queue { get; private set; } = string.Empty;
        private protected RetryPolicy Policy { get; } = new() { BackoffBase = TimeSpan.FromMilliseconds(10), MaxTransientRetries = 3 };

        public async Task InitializeAsync()
        {
            Server = await EmulatorServer.StartAsync(new EmulatorOptions { Agents = 20, RateLimitPerMinute = 100_000, CallSpeed = 100 });
            Session = await Connected.ConnectAsync(Server, policy: Policy);
            Queue = Server.Org.Queues[0].Id;
            Server.ClearRequests();
        }

        public async Task DisposeAsync()
        {
            Session.Dispose();
            await Server.DisposeAsync();
        }

        private protected int Creates => Server.Requests.Count(r => r.Method == "POST" && r.Path == "/api/v2/conversations/callbacks");

        private protected async Task<RecordingOutput> CreateAsync(params OutboundCallbackRow[] rows) => await CreateAsync(new RecordingOutput("New-OutboundCallback"), false, rows);

        private protected async Task<RecordingOutput> CreateAsync(RecordingOutput output, bool force, params OutboundCallbackRow[] rows)
        {
            var command = new OutboundCallbackCreator(output, Session) { Force = force };
            foreach (var row in rows) await command.ProcessAsync(row, CancellationToken.None);
            await command.CompleteAsync(CancellationToken.None);
            return output;
        }

        private protected OutboundCallbackRow Row(string number, object? at = null) =>
            new() { PhoneNumber = new[] { number }, QueueId = Queue, ScheduledTime = at ?? DateTimeOffset.Now.AddHours(2), Input = number };

        private protected async Task<OutboundCallback> OneAsync(string number, object? at = null) =>
            Assert.IsType<OutboundCallback>(Assert.Single((await CreateAsync(Row(number, at))).Objects));

        private protected async Task<RecordingOutput> RunAsync(Func<ICommandOutput, Func<CallInput, CancellationToken, Task>> add, object input,
            Func<CancellationToken, Task>? complete = null, RecordingOutput? output = null)
        {
            output ??= new RecordingOutput();
            var id = input is OutboundCallback callback ? callback.ConversationId : (string)input;
            var adding = add(output);
            // The command the delegate belongs to says which cmdlet the output plays.
            output.Cmdlet ??= adding.Target switch
            {
                CallbackRescheduler => "Set-OutboundCallback",
                CallbackCanceller => "Stop-OutboundCallback",
                CallbackStatusReader => "Get-OutboundCallback",
                _ => null,
            };
            await adding(CallInput.From(id, input), CancellationToken.None);
            if (complete != null) await complete(CancellationToken.None);
            return output;
        }

        private protected async Task<OutboundCallbackStatus> StatusAsync(object input)
        {
            var output = await RunAsync(o => new CallbackStatusReader(o, Session).ProcessAsync, input);
            return Assert.IsType<OutboundCallbackStatus>(Assert.Single(output.Objects));
        }

        /// <summary>The emulator's own record of the callbacks it holds (GET /emulator/callbacks).</summary>
        private protected static async Task<List<JsonElement>> HeldAsync(EmulatorServer server) =>
            (await new EmulatorClient(server).GetAsync("/emulator/callbacks", null)).Body.EnumerateArray().ToList();
    }
}
