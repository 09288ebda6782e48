using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Xunit;

namespace GenesysCalls.Tests.Emulator
{
    /// <summary>A notification WebSocket as a client sees it: frames in arrival order, or how the socket ended.</summary>
    public sealed class NotificationKit : IAsyncDisposable
    {
        private readonly ClientWebSocket _socket;

        private NotificationKit(ClientWebSocket socket) => _socket = socket;

        public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

        public static async Task<(string Id, string ConnectUri)> CreateChannelAsync(CallKit kit, string? token = null)
        {
            var (status, body, _) = await kit.Client.SendAsync(HttpMethod.Post, "/api/v2/notifications/channels", token ?? kit.Token);
            Assert.Equal(HttpStatusCode.OK, status);
            return (body.GetProperty("id").GetString()!, body.GetProperty("connectUri").GetString()!);
        }

        public static async Task<NotificationKit> ConnectAsync(CallKit kit, string connectUri)
        {
            var socket = new ClientWebSocket();
            var thumbprint = kit.Server.Certificate.Thumbprint;
            socket.Options.RemoteCertificateValidationCallback = (_, cert, _, _) => cert?.GetCertHashString() == thumbprint;
            await socket.ConnectAsync(new Uri(connectUri), CancellationToken.None);
            return new NotificationKit(socket);
        }

        /// <summary>A channel subscribed to these topics, with its socket open.</summary>
        public static async Task<(string Id, NotificationKit Socket)> OpenAsync(CallKit kit, params string[] topics)
        {
            var (id, uri) = await CreateChannelAsync(kit);
            var json = JsonSerializer.Serialize(topics.Select(t => new { id = t }));
            var (status, _, _) = await kit.Client.SendAsync(HttpMethod.Put, $"/api/v2/notifications/channels/{id}/subscriptions", kit.Token, json);
            Assert.Equal(HttpStatusCode.OK, status);
            return (id, await ConnectAsync(kit, uri));
        }

        public static string CallTopic(string userId) => "v2.users." + userId + ".conversations.calls";

        public Task SendAsync(string text) =>
            _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

        /// <summary>The next frame, or null when the socket closed (or was dropped) first. Fails after the timeout.</summary>
        public async Task<JsonElement?> ReceiveAsync(int timeoutMs = 5000)
        {
            using var timeout = new CancellationTokenSource(timeoutMs);
            var buffer = new byte[64 * 1024];
            using var message = new MemoryStream();
            try
            {
                while (true)
                {
                    var result = await _socket.ReceiveAsync(buffer, timeout.Token);
                    if (result.MessageType == WebSocketMessageType.Close) return null;
                    message.Write(buffer, 0, result.Count);
                    if (result.EndOfMessage) return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                }
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"No frame within {timeoutMs} ms");
                throw;
            }
            catch (WebSocketException)
            {
                return null;
            }
        }

        /// <summary>The next frame that is not a heartbeat.</summary>
        public async Task<JsonElement?> NextAsync(int timeoutMs = 5000)
        {
            var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
            while (true)
            {
                var frame = await ReceiveAsync(Math.Max(1, (int)(deadline - DateTime.UtcNow).TotalMilliseconds));
                if (frame is not { } f || !IsHeartbeat(f)) return frame;
            }
        }

        /// <summary>Call events until the call's remote leg is terminated: each as "callerState/remoteState".</summary>
        public async Task<List<(string States, JsonElement Frame)>> CallStoryAsync(string conversationId, string agentId, int timeoutMs = 5000)
        {
            var story = new List<(string, JsonElement)>();
            while (true)
            {
                var frame = await NextAsync(timeoutMs) ?? throw new InvalidOperationException("Socket closed mid-call");
                var body = frame.GetProperty("eventBody");
                if (body.GetProperty("id").GetString() != conversationId) continue;
                var states = CallKit.Caller(body, agentId).GetProperty("state").GetString() + "/" + CallKit.Remote(body,
                    agentId).GetProperty("state").GetString();
                story.Add((states, frame));
                if (states.EndsWith("/terminated")) return story;
            }
        }

        public static bool IsHeartbeat(JsonElement frame) => frame.GetProperty("topicName").GetString() == "channel.metadata"
            && frame.GetProperty("eventBody").GetProperty("message").GetString() == "WebSocket Heartbeat";

        public async ValueTask DisposeAsync()
        {
            _socket.Abort();
            _socket.Dispose();
            await Task.CompletedTask;
        }
    }
}
