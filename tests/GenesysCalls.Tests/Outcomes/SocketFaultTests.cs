using GenesysCalls.Core.Outcomes;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Outcomes
{
    /// <summary>Each notification fault the emulator can inject, while calls are followed live: every call ends exactly once, right.</summary>
    public class SocketFaultTests : CallsTest
    {
        // At call speed 20 these calls last 0.1 s (invalid) to 1.5 s (no answer), so a fault at 400 ms hits most of them mid-call.
        private static readonly Dictionary<char, OutboundCallOutcome> Expected = new()
        {
            ['0'] = OutboundCallOutcome.NoAnswer, ['1'] = OutboundCallOutcome.Busy, ['2'] = OutboundCallOutcome.Failed,
            ['3'] = OutboundCallOutcome.Answered, ['5'] = OutboundCallOutcome.Answered, ['8'] = OutboundCallOutcome.Answered,
        };

        public SocketFaultTests()
            : base(callSpeed: 20)
        {
        }

        private static FollowSettings Fast()
        {
            var settings = new FollowSettings();
            settings.Channels.ReconnectBackoff = TimeSpan.FromMilliseconds(20);
            return settings;
        }

        [Fact]
        public async Task Dropped_sockets_reconnect_resubscribe_and_read_each_call_once()
        {
            var output = await RunAsync(() => AdminAsync("/emulator/notifications/drop-sockets"));
            Assert.Contains(output.Verbose, v => v.Contains("reopened", StringComparison.Ordinal));
            Assert.True(Requests("PUT", "/api/v2/notifications/channels/") >= 1);
        }

        [Fact]
        public async Task Socket_closing_is_a_calm_reconnect()
        {
            var output = await RunAsync(() => AdminAsync("/emulator/notifications/socket-closing?closeAfterMs=300"));
            Assert.Contains(output.Verbose, v => v.Contains("v2.system.socket_closing", StringComparison.Ordinal));
            Assert.Equal(1, ChannelsCreated());
        }

        [Fact]
        public async Task Duplicated_events_change_nothing() =>
            await RunAsync(() => AdminAsync("/emulator/notifications/faults", new { duplicateEvents = true }), faultAfterMs: 0);

        [Fact]
        public async Task Reordered_events_change_nothing() =>
            await RunAsync(() => AdminAsync("/emulator/notifications/faults", new { reorderEvents = true, reorderWindowMs = 100 }), faultAfterMs: 0);

        [Fact]
        public async Task Delayed_events_change_nothing() =>
            await RunAsync(() => AdminAsync("/emulator/notifications/faults", new { delayEventsMs = 300 }), faultAfterMs: 0);

        [Fact]
        public async Task An_expired_channel_is_replaced()
        {
            await RunAsync(() => AdminAsync("/emulator/notifications/expire"));
            Assert.Equal(2, ChannelsCreated());
        }

        [Fact]
        public async Task An_evicted_channel_is_replaced()
        {
            await RunAsync(() => AdminAsync("/emulator/notifications/evict"));
            Assert.Equal(2, ChannelsCreated());
        }

        [Fact]
        public async Task Without_heartbeats_a_quiet_socket_is_pinged_and_kept()
        {
            var settings = Fast();
            settings.Channels.QuietAfter = TimeSpan.FromMilliseconds(200);
            settings.Channels.PongTimeout = TimeSpan.FromMilliseconds(500);
            await RunAsync(() => AdminAsync("/emulator/notifications/faults", new { stopHeartbeats = true }), faultAfterMs: 0, settings: settings);
            using var emulator = new EmulatorClient(Server);
            var stats = System.Text.Json.JsonDocument.Parse(await emulator.Http.GetStringAsync(new Uri(Server.BaseUri,
                "/emulator/notifications"))).RootElement;
            Assert.True(stats.GetProperty("pongsSent").GetInt64() >= 1, stats.ToString());
            Assert.Equal(1, stats.GetProperty("socketsOpened").GetInt32());
            Assert.Equal(1, ChannelsCreated());
        }

        [Fact]
        public async Task Expired_tokens_are_renewed_while_following()
        {
            var output = await RunAsync(() => AdminAsync("/emulator/tokens/expire"), faultAfterMs: 200);
            Assert.True(Server.Requests.Any(r => r.Status == 401), "the fault expired no token in use");
        }

        private async Task<RecordingOutput> RunAsync(Func<Task> fault, int faultAfterMs = 400, FollowSettings? settings = null)
        {
            var calls = await PlaceAsync("+15550100000", "+15550100001", "+15550100002", "+15550100003", "+15550100005", "+15550100008");
            var output = await WaitWithFaultAsync(calls, fault, faultAfterMs, settings ?? Fast());
            Assert.Empty(output.Errors);
            var statuses = output.Objects.Cast<OutboundCallStatus>().ToList();
            Assert.Equal(calls.Count, statuses.Count);
            Assert.Equal(calls.Count, statuses.Select(s => s.ConversationId).Distinct().Count());
            Assert.All(statuses, s => Assert.Equal(Expected[s.Call!.Destination.Last()], s.OutcomeValue));
            Assert.Equal(17, statuses.Single(s => s.Call!.Destination.EndsWith('1')).Q850Code);
            return output;
        }
    }
}
