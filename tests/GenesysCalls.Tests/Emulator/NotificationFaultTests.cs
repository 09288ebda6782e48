using System.Net;
using System.Net.WebSockets;
using Xunit;

namespace GenesysCalls.Tests.Emulator
{
    public class NotificationFaultTests
    {
        [Fact]
        public async Task Drop_sockets_ends_every_socket_without_a_close_frame()
        {
            await using var kit = await CallKit.StartAsync();
            var (id, socket) = await NotificationKit.OpenAsync(kit);
            await using var open = socket;
            var (_, dropped, _) = await kit.Client.PostAsync("/emulator/notifications/drop-sockets", null, "{}");
            Assert.Equal(1, dropped.GetProperty("affected").GetInt32());
            Assert.Null(await socket.ReceiveAsync());
            Assert.Null(socket.CloseStatus);
            Assert.Equal(HttpStatusCode.OK, await NotificationServiceTests.HeadAsync(kit, id));
            await CallKit.UntilAsync(async () => (await kit.Client.GetAsync("/emulator/notifications",
                null)).Body.GetProperty("sockets").GetInt32() == 0,
                "the socket to be gone");
        }

        [Fact]
        public async Task Stopped_heartbeats_stop_and_resume()
        {
            await using var kit = await CallKit.StartAsync(heartbeatSeconds: 0.05);
            var (_, socket) = await NotificationKit.OpenAsync(kit);
            await using var open = socket;
            Assert.True(NotificationKit.IsHeartbeat((await socket.ReceiveAsync())!.Value));
            await kit.Client.PostAsync("/emulator/notifications/faults", null, "{\"stopHeartbeats\":true}");
            await socket.SendAsync("{\"message\":\"ping\"}");
            while ((await socket.ReceiveAsync())!.Value.GetProperty("eventBody").GetProperty("message").GetString() != "pong")
            {
            }

            var started = DateTime.UtcNow;
            await Assert.ThrowsAnyAsync<Exception>(() => socket.ReceiveAsync(400));
            Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(390));
        }

        [Fact]
        public async Task Socket_closing_warns_then_closes()
        {
            await using var kit = await CallKit.StartAsync();
            var (_, socket) = await NotificationKit.OpenAsync(kit);
            await using var open = socket;
            await kit.Client.PostAsync("/emulator/notifications/socket-closing?closeAfterMs=50", null, "{}");
            var warning = (await socket.NextAsync())!.Value;
            Assert.Equal("v2.system.socket_closing", warning.GetProperty("topicName").GetString());
            Assert.Null(await socket.NextAsync());
            Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, socket.CloseStatus);
        }

        [Fact]
        public async Task Duplicate_events_arrive_twice()
        {
            await using var kit = await CallKit.StartAsync();
            var (_, socket) = await NotificationKit.OpenAsync(kit, NotificationKit.CallTopic(kit.Agent));
            await using var open = socket;
            await kit.Client.PostAsync("/emulator/notifications/faults", null, "{\"duplicateEvents\":true}");
            var id = await kit.PlaceAsync("+15557654321");
            var story = await socket.CallStoryAsync(id, kit.Agent);
            var more = await socket.NextAsync();
            Assert.Equal(new[] { "alerting/dialing", "alerting/dialing", "connected/dialing", "connected/dialing",
                "disconnected/disconnected", "disconnected/disconnected", "terminated/terminated" }, story.Select(s => s.States));
            Assert.Equal(story[^1].Frame.GetRawText(), more!.Value.GetRawText());
        }

        [Fact]
        public async Task Reordered_events_swap_pairs()
        {
            await using var kit = await CallKit.StartAsync();
            var (_, socket) = await NotificationKit.OpenAsync(kit, NotificationKit.CallTopic(kit.Agent));
            await using var open = socket;
            await kit.Client.PostAsync("/emulator/notifications/faults", null, "{\"reorderEvents\":true,\"reorderWindowMs\":1000}");
            var id = await kit.PlaceAsync("+15557654321");
            var states = new List<string>();
            for (var i = 0; i < 4; i++)
            {
                var body = (await socket.NextAsync())!.Value.GetProperty("eventBody");
                states.Add(CallKit.Caller(body, kit.Agent).GetProperty("state").GetString() + "/" + CallKit.Remote(body,
                    kit.Agent).GetProperty("state").GetString());
            }

            Assert.Equal(new[] { "connected/dialing", "alerting/dialing", "terminated/terminated", "disconnected/disconnected" }, states);
        }

        [Fact]
        public async Task Delayed_events_arrive_late()
        {
            await using var kit = await CallKit.StartAsync(callSpeed: 1);
            var (_, socket) = await NotificationKit.OpenAsync(kit, NotificationKit.CallTopic(kit.Agent));
            await using var open = socket;
            await kit.Client.PostAsync("/emulator/notifications/faults", null, "{\"delayEventsMs\":300}");
            var placed = DateTime.UtcNow;
            await kit.PlaceAsync("+15557654329");
            var first = (await socket.NextAsync())!.Value;
            Assert.True(DateTime.UtcNow - placed >= TimeSpan.FromMilliseconds(290), "the event came too soon");
            Assert.Equal("dialing", CallKit.Remote(first.GetProperty("eventBody"), kit.Agent).GetProperty("state").GetString());
        }

        [Theory]
        [InlineData("expire", WebSocketCloseStatus.NormalClosure)]
        [InlineData("evict", WebSocketCloseStatus.PolicyViolation)]
        public async Task Expire_or_evict_removes_the_channel_and_closes_its_socket(string action, WebSocketCloseStatus closeStatus)
        {
            await using var kit = await CallKit.StartAsync();
            var (id, socket) = await NotificationKit.OpenAsync(kit);
            await using var open = socket;
            var (other, _) = await NotificationKit.CreateChannelAsync(kit);
            var (_, result, _) = await kit.Client.PostAsync($"/emulator/notifications/{action}?channelId={id}", null, "{}");
            Assert.Equal(1, result.GetProperty("affected").GetInt32());
            Assert.Null(await socket.NextAsync());
            Assert.Equal(closeStatus, socket.CloseStatus);
            Assert.Equal(HttpStatusCode.NotFound, await NotificationServiceTests.HeadAsync(kit, id));
            Assert.Equal(HttpStatusCode.OK, await NotificationServiceTests.HeadAsync(kit, other));
        }

        [Fact]
        public async Task Client_credentials_subscriptions_can_be_rejected()
        {
            await using var kit = await CallKit.StartAsync();
            await kit.Client.PostAsync("/emulator/notifications/faults", null, "{\"rejectClientCredentialsSubscriptions\":true}");
            var (id, _) = await NotificationKit.CreateChannelAsync(kit);
            var path = $"/api/v2/notifications/channels/{id}/subscriptions";
            var json = "[{\"id\":\"" + NotificationKit.CallTopic(kit.Agent) + "\"}]";
            var (status, body, _) = await kit.Client.PostAsync(path, kit.Token, json);
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.Equal("notification.unauthorized.topic", body.GetProperty("code").GetString());

            (status, body, _) = await kit.Client.PostAsync(path + "?ignoreErrors=true", kit.Token, json);
            Assert.Equal(HttpStatusCode.OK, status);
            var entry = body.GetProperty("entities").EnumerateArray().Single();
            Assert.Equal("Rejected", entry.GetProperty("state").GetString());
            Assert.Equal("conversation:communication:view", entry.GetProperty("missingPermissions")[0].GetString());
            Assert.Equal(0, (await kit.Client.GetAsync(path, kit.Token)).Body.GetProperty("entities").GetArrayLength());

            var (_, user) = await kit.Client.UserTokenAsync("agent0001@example.com");
            var userToken = user.GetProperty("access_token").GetString()!;
            var (userChannel, _) = await NotificationKit.CreateChannelAsync(kit, userToken);
            var allowed = await kit.Client.PostAsync($"/api/v2/notifications/channels/{userChannel}/subscriptions", userToken, json);
            Assert.Equal("Permitted", allowed.Body.GetProperty("entities")[0].GetProperty("state").GetString());
        }
    }
}
