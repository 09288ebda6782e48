using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using Xunit;

namespace GenesysCalls.Tests.Emulator
{
    public class NotificationServiceTests
    {
        [Fact]
        public async Task Channel_is_created_listed_and_answers_head()
        {
            await using var kit = await CallKit.StartAsync();
            var (status, body, _) = await kit.Client.SendAsync(HttpMethod.Post, "/api/v2/notifications/channels", kit.Token);
            Assert.Equal(HttpStatusCode.OK, status);
            var id = body.GetProperty("id").GetString()!;
            Assert.Equal($"wss://127.0.0.1:{kit.Server.BaseUri.Port}/channels/{id}", body.GetProperty("connectUri").GetString());
            var expires = DateTimeOffset.Parse(body.GetProperty("expires").GetString()!);
            Assert.InRange((expires - DateTimeOffset.UtcNow).TotalHours, 23.9, 24);

            var list = (await kit.Client.GetAsync("/api/v2/notifications/channels", kit.Token)).Body.GetProperty("entities");
            Assert.Equal(id, list.EnumerateArray().Single().GetProperty("id").GetString());
            Assert.Equal(HttpStatusCode.OK, (await kit.Client.SendAsync(HttpMethod.Head, $"/api/v2/notifications/channels/{id}", kit.Token)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await kit.Client.SendAsync(HttpMethod.Head, "/api/v2/notifications/channels/nope",
                kit.Token)).Status);
            var bad = await kit.Client.GetAsync("/api/v2/notifications/channels?includechannels=all", kit.Token);
            Assert.Equal("invalid.query.param.value", bad.Body.GetProperty("code").GetString());
        }

        [Fact]
        public async Task Other_tokens_channels_show_only_that_they_exist()
        {
            await using var kit = await CallKit.StartAsync();
            var mine = await NotificationKit.CreateChannelAsync(kit);
            var other = await kit.Client.ClientTokenAsync();
            await NotificationKit.CreateChannelAsync(kit, other);
            Assert.Single((await kit.Client.GetAsync("/api/v2/notifications/channels", kit.Token)).Body.GetProperty("entities").EnumerateArray());
            var all = (await kit.Client.GetAsync("/api/v2/notifications/channels?includechannels=oauthclient",
                kit.Token)).Body.GetProperty("entities");
            Assert.Equal(2, all.GetArrayLength());
            Assert.Equal(mine.Id, all[0].GetProperty("id").GetString());
            Assert.False(all[1].TryGetProperty("id", out _));
            Assert.True(all[1].TryGetProperty("expires", out _));
        }

        [Fact]
        public async Task Subscriptions_post_put_get_delete_and_invalid_topic()
        {
            await using var kit = await CallKit.StartAsync();
            var (id, _) = await NotificationKit.CreateChannelAsync(kit);
            var path = $"/api/v2/notifications/channels/{id}/subscriptions";
            var topic = NotificationKit.CallTopic(kit.Agent);
            var (status, body, _) = await kit.Client.PostAsync(path, kit.Token, "[{\"id\":\"" + topic + "\"}]");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("Permitted", body.GetProperty("entities")[0].GetProperty("state").GetString());
            (status, body, _) = await kit.Client.PostAsync(path, kit.Token, "[{\"id\":\"v2.users." + kit.Server.UserIds[2]
                + ".conversations.calls\"}]");
            Assert.Equal(2, body.GetProperty("entities").GetArrayLength());
            (status, body, _) = await kit.Client.SendAsync(HttpMethod.Put, path, kit.Token, "[{\"id\":\"" + topic + "\"}]");
            Assert.Equal(topic, (await kit.Client.GetAsync(path,
                kit.Token)).Body.GetProperty("entities").EnumerateArray().Single().GetProperty("id").GetString());
            Assert.Equal(HttpStatusCode.OK, (await kit.Client.SendAsync(HttpMethod.Delete, path, kit.Token)).Status);
            Assert.Equal(0, (await kit.Client.GetAsync(path, kit.Token)).Body.GetProperty("entities").GetArrayLength());

            var invalid = await kit.Client.PostAsync(path, kit.Token, "[{\"id\":\"users calls\"}]");
            Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
            Assert.Equal("notification.invalid.topic", invalid.Body.GetProperty("code").GetString());
            var missing = await kit.Client.SendAsync(HttpMethod.Put, "/api/v2/notifications/channels/nope/subscriptions", kit.Token, "[]");
            Assert.Equal("entity.not.found", missing.Body.GetProperty("code").GetString());
            Assert.Equal("not.found", (await kit.Client.GetAsync("/api/v2/notifications/channels/nope/subscriptions",
                kit.Token)).Body.GetProperty("code").GetString());
        }

        [Fact]
        public async Task At_most_1000_topics_per_channel()
        {
            await using var kit = await CallKit.StartAsync();
            var (id, _) = await NotificationKit.CreateChannelAsync(kit);
            var path = $"/api/v2/notifications/channels/{id}/subscriptions";
            string Topics(int from, int count) => JsonSerializer.Serialize(Enumerable.Range(from, count).Select(i
                => new { id = $"v2.users.{i}.conversations.calls" }));
            var tooMany = await kit.Client.SendAsync(HttpMethod.Put, path, kit.Token, Topics(0, 1001));
            Assert.Equal(HttpStatusCode.BadRequest, tooMany.Status);
            Assert.Equal("notification.subscription.too.many.subscriptions", tooMany.Body.GetProperty("code").GetString());
            Assert.Equal(HttpStatusCode.OK, (await kit.Client.SendAsync(HttpMethod.Put, path, kit.Token, Topics(0, 1000))).Status);
            var oneMore = await kit.Client.PostAsync(path, kit.Token, Topics(1000, 1));
            Assert.Equal("notification.subscription.too.many.subscriptions", oneMore.Body.GetProperty("code").GetString());
            Assert.Equal(HttpStatusCode.OK, (await kit.Client.PostAsync(path, kit.Token, Topics(999, 1))).Status);
            Assert.Equal(1000, (await kit.Client.GetAsync(path, kit.Token)).Body.GetProperty("entities").GetArrayLength());
        }

        [Fact]
        public async Task Socket_receives_the_call_events_in_order()
        {
            await using var kit = await CallKit.StartAsync();
            var (_, socket) = await NotificationKit.OpenAsync(kit, NotificationKit.CallTopic(kit.Agent));
            await using var open = socket;
            var id = await kit.PlaceAsync("+15557654325");
            var story = await socket.CallStoryAsync(id, kit.Agent);
            Assert.Equal(new[] { "alerting/dialing", "connected/dialing", "connected/connected", "disconnected/disconnected",
                "terminated/terminated" },
                story.Select(s => s.States));
            var last = story[^2].Frame;
            Assert.Equal(NotificationKit.CallTopic(kit.Agent), last.GetProperty("topicName").GetString());
            Assert.Equal("2", last.GetProperty("version").GetString());
            Assert.True(Guid.TryParse(last.GetProperty("metadata").GetProperty("CorrelationId").GetString(), out _));
            var remote = CallKit.Remote(last.GetProperty("eventBody"), kit.Agent);
            Assert.Equal("endpoint", remote.GetProperty("disconnectType").GetString());
            Assert.Equal("dialing", remote.GetProperty("initialState").GetString());
            Assert.False(remote.TryGetProperty("startAlertingTime", out _));
            var (_, stats, _) = await kit.Client.GetAsync("/emulator/notifications", null);
            Assert.Equal(5, stats.GetProperty("eventsSent").GetInt32());
            Assert.Equal(1, stats.GetProperty("sockets").GetInt32());
        }

        [Fact]
        public async Task Events_use_the_event_vocabulary_timeout_where_rest_says_system()
        {
            await using var kit = await CallKit.StartAsync();
            var (_, socket) = await NotificationKit.OpenAsync(kit, NotificationKit.CallTopic(kit.Agent));
            await using var open = socket;
            var id = await kit.PlaceAsync("+15557654320");
            var ended = (await socket.CallStoryAsync(id, kit.Agent))[^1].Frame.GetProperty("eventBody");
            Assert.Equal("timeout", CallKit.Remote(ended, kit.Agent).GetProperty("disconnectType").GetString());
            Assert.Equal("system", CallKit.Remote(await kit.CallAsync(id), kit.Agent).GetProperty("disconnectType").GetString());
        }

        [Fact]
        public async Task Heartbeats_arrive_and_ping_gets_pong()
        {
            await using var kit = await CallKit.StartAsync(heartbeatSeconds: 0.05);
            var (_, socket) = await NotificationKit.OpenAsync(kit);
            await using var open = socket;
            for (var i = 0; i < 2; i++) Assert.True(NotificationKit.IsHeartbeat((await socket.ReceiveAsync())!.Value));
            await socket.SendAsync("{\"message\":\"ping\"}");
            var pong = (await socket.NextAsync())!.Value;
            Assert.Equal("channel.metadata", pong.GetProperty("topicName").GetString());
            Assert.Equal("pong", pong.GetProperty("eventBody").GetProperty("message").GetString());
        }

        [Fact]
        public async Task A_second_socket_on_a_channel_drops_the_first()
        {
            await using var kit = await CallKit.StartAsync();
            var (_, uri) = await NotificationKit.CreateChannelAsync(kit);
            await using var first = await NotificationKit.ConnectAsync(kit, uri);
            await using var second = await NotificationKit.ConnectAsync(kit, uri);
            Assert.Null(await first.ReceiveAsync());
            Assert.Equal(WebSocketCloseStatus.PolicyViolation, first.CloseStatus);
        }

        [Fact]
        public async Task The_21st_channel_evicts_the_oldest_unconnected_one_then_the_oldest()
        {
            await using var kit = await CallKit.StartAsync();
            var channels = new List<(string Id, string Uri)>();
            for (var i = 0; i < 20; i++) channels.Add(await NotificationKit.CreateChannelAsync(kit));
            await using var oldest = await NotificationKit.ConnectAsync(kit, channels[0].Uri);
            await NotificationKit.CreateChannelAsync(kit);
            Assert.Equal(HttpStatusCode.OK, await HeadAsync(kit, channels[0].Id));
            Assert.Equal(HttpStatusCode.NotFound, await HeadAsync(kit, channels[1].Id));

            var sockets = new List<NotificationKit>();
            for (var i = 2; i < 20; i++) sockets.Add(await NotificationKit.ConnectAsync(kit, channels[i].Uri));
            var list = (await kit.Client.GetAsync("/api/v2/notifications/channels", kit.Token)).Body.GetProperty("entities");
            await NotificationKit.ConnectAsync(kit, list[list.GetArrayLength() - 1].GetProperty("connectUri").GetString()!);
            await NotificationKit.CreateChannelAsync(kit);
            Assert.Equal(HttpStatusCode.NotFound, await HeadAsync(kit, channels[0].Id));
            Assert.Null(await oldest.ReceiveAsync());
            Assert.Equal(20, (await kit.Client.GetAsync("/api/v2/notifications/channels", kit.Token)).Body.GetProperty("entities").GetArrayLength());
            foreach (var socket in sockets) await socket.DisposeAsync();
        }

        [Fact]
        public async Task Channels_expire_and_resubscribing_extends_them()
        {
            await using var kit = await CallKit.StartAsync(channelLifetimeSeconds: 2);
            var (kept, _) = await NotificationKit.CreateChannelAsync(kit);
            var (lapsed, uri) = await NotificationKit.CreateChannelAsync(kit);
            await using var socket = await NotificationKit.ConnectAsync(kit, uri);
            await Task.Delay(1200);
            Assert.Equal(HttpStatusCode.OK, (await kit.Client.SendAsync(HttpMethod.Put, $"/api/v2/notifications/channels/{kept}/subscriptions",
                kit.Token, "[]")).Status);
            Assert.Null(await socket.ReceiveAsync(3000));
            Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.CloseStatus);
            Assert.Equal(HttpStatusCode.NotFound, await HeadAsync(kit, lapsed));
            Assert.Equal(HttpStatusCode.OK, await HeadAsync(kit, kept));
        }

        [Fact]
        public async Task Scope_notifications_is_required()
        {
            var seed = new GenesysCalls.Emulator.SeedDocument
            {
                Clients = new() { new() { Id = "scoped", Secret = "s", Name = "Scoped", Scopes = new() { "conversations" } } },
            };
            await using var server = await GenesysCalls.Tests.Support.EmulatorClient.StartAsync(seed: seed);
            using var client = new GenesysCalls.Tests.Support.EmulatorClient(server);
            var token = await client.ClientTokenAsync("scoped", "s");
            var (status, body, _) = await client.SendAsync(HttpMethod.Post, "/api/v2/notifications/channels", token);
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.Equal("app.not.authorized.for.scope", body.GetProperty("code").GetString());
        }

        internal static async Task<HttpStatusCode> HeadAsync(CallKit kit, string channelId) =>
            (await kit.Client.SendAsync(HttpMethod.Head, $"/api/v2/notifications/channels/{channelId}", kit.Token)).Status;
    }
}
