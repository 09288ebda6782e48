using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Model;

namespace GenesysCalls.Core.Notifications
{
    /// <summary>
    /// One notification channel and its WebSocket: receives events, watches the socket's health (heartbeats, ping),
    /// and when the socket goes away reopens it (a new channel if the old one is gone), subscribes its topics again
    /// and tells the sink so the calls can be read once each.
    /// </summary>
    internal sealed class ChannelConnection
    {
        private readonly GenesysApiClient _api;
        private readonly IApiLog _log;
        private readonly ChannelSettings _settings;
        private readonly INotificationSink _sink;
        private readonly bool _skipCertificateCheck;
        private readonly HashSet<string> _topics = new HashSet<string>();
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private Channel _channel;
        private NotificationSocket? _socket;
        private readonly SocketWatchdog _watchdog;
        private volatile string? _dropReason;
        private volatile bool _channelLost;
        private Task? _loop;

        private ChannelConnection(GenesysApiClient api, IApiLog log, ChannelSettings settings, INotificationSink sink, bool skipCertificateCheck,
            Channel channel)
        {
            _api = api;
            _log = log;
            _settings = settings;
            _sink = sink;
            _skipCertificateCheck = skipCertificateCheck;
            _channel = channel;
            _watchdog = new SocketWatchdog(settings);
        }

        public int TopicCount
        {
            get { lock (_topics) return _topics.Count; }
        }

        /// <summary>Given up after failed reopenings: it carries no topics and takes no more.</summary>
        public bool IsDead { get; private set; }

        public bool Has(string topic)
        {
            lock (_topics) return _topics.Contains(topic);
        }

        /// <summary>Creates a channel and opens its socket; throws when either is impossible (scope, permission, blocked WebSocket).</summary>
        public static async Task<ChannelConnection> OpenAsync(GenesysApiClient api, IApiLog log, ChannelSettings settings,
            INotificationSink sink, bool skipCertificateCheck, CancellationToken cancellationToken)
        {
            var channel = await CreateChannelAsync(api, log, cancellationToken).ConfigureAwait(false);
            var connection = new ChannelConnection(api, log, settings, sink, skipCertificateCheck, channel);
            connection._socket = await connection.ConnectAsync(cancellationToken).ConfigureAwait(false);
            connection._loop = Task.Run(connection.RunAsync);
            return connection;
        }

        public async Task<SubscriptionResult> SubscribeAsync(IReadOnlyCollection<string> topics, CancellationToken cancellationToken)
        {
            var response = await _api.SendAsync(ApiRequest.Query(SubscriptionsPath() + "?ignoreErrors=true", TopicsJson(topics)),
                GenesysJsonContext.Default.ChannelTopicEntityListing, _log, cancellationToken).ConfigureAwait(false);
            var result = SubscriptionResult.From(topics, response.Value);
            lock (_topics) _topics.UnionWith(result.Permitted);
            return result;
        }

        public async Task StopAsync()
        {
            _stop.Cancel();
            _socket?.Abort();
            if (_loop != null) await _loop.ConfigureAwait(false);
            _socket?.Dispose();
        }

        private static async Task<Channel> CreateChannelAsync(GenesysApiClient api, IApiLog log, CancellationToken cancellationToken)
        {
            var request = ApiRequest.CreateEmpty("/api/v2/notifications/channels");
            var response = await api.SendAsync(request, GenesysJsonContext.Default.Channel, log, cancellationToken).ConfigureAwait(false);
            if (response.Value.ConnectUri == null || response.Value.Id == null)
            {
                throw new InvalidOperationException("The channel answer has no connectUri or id.");
            }

            return response.Value;
        }

        private async Task<NotificationSocket> ConnectAsync(CancellationToken cancellationToken)
        {
            var uri = new Uri(_channel.ConnectUri!);
            var socket = await NotificationSocket.ConnectAsync(uri, _skipCertificateCheck, _settings.ConnectTimeout, cancellationToken)
                .ConfigureAwait(false);
            _watchdog.Touch();
            return socket;
        }

        private async Task RunAsync()
        {
            var token = _stop.Token;
            var failures = 0;
            while (!token.IsCancellationRequested)
            {
                await ReceiveUntilDroppedAsync(_socket!, token).ConfigureAwait(false);
                if (token.IsCancellationRequested) return;
                var why = _dropReason ?? "the socket closed";
                _sink.OnVerbose("Notification socket of channel " + _channel.Id + " lost: " + why + "; reconnecting.");
                while (!token.IsCancellationRequested)
                {
                    try
                    {
                        await ReopenAsync(why, token).ConfigureAwait(false);
                        failures = 0;
                        break;
                    }
                    catch (Exception ex) when (!token.IsCancellationRequested)
                    {
                        failures++;
                        _channelLost = true;
                        _log.Verbose("Reopening channel " + _channel.Id + " failed (attempt " + failures + "): " + ex.Message);
                        if (failures >= _settings.ReconnectAttempts)
                        {
                            GiveUp("the WebSocket could not be reopened (" + ex.Message + ")");
                            return;
                        }

                        var backoff = _settings.ReconnectBackoff.TotalMilliseconds * (1 << Math.Min(failures, 6));
                        await Delay(TimeSpan.FromMilliseconds(backoff), token).ConfigureAwait(false);
                    }
                }
            }
        }

        /// <summary>Same channel when it still exists (a calm reconnect), else a new one; then every topic again.</summary>
        private async Task ReopenAsync(string why, CancellationToken token)
        {
            _socket?.Dispose();
            _socket = null;
            if (_channelLost)
            {
                _channel = await CreateChannelAsync(_api, _log, token).ConfigureAwait(false);
                _channelLost = false;
            }

            try
            {
                _socket = await ConnectAsync(token).ConfigureAwait(false);
            }
            catch (Exception) when (!token.IsCancellationRequested)
            {
                _channelLost = true;
                throw;
            }

            _dropReason = null;
            string[] topics;
            lock (_topics) topics = _topics.ToArray();
            if (topics.Length == 0) return;
            var response = await _api.SendAsync(ApiRequest.Replace(SubscriptionsPath() + "?ignoreErrors=true", TopicsJson(topics)),
                GenesysJsonContext.Default.ChannelTopicEntityListing, _log, token).ConfigureAwait(false);
            var result = SubscriptionResult.From(topics, response.Value);
            lock (_topics)
            {
                _topics.Clear();
                _topics.UnionWith(result.Permitted);
            }

            if (result.Rejected.Count > 0)
            {
                _sink.OnTopicsLost(result.Rejected.Keys.ToList(), "subscribing again was refused: " + result.Rejected.Values.First());
            }

            _sink.OnResubscribed(result.Permitted.ToList(), why);
        }

        private async Task ReceiveUntilDroppedAsync(NotificationSocket socket, CancellationToken token)
        {
            using var dropped = CancellationTokenSource.CreateLinkedTokenSource(token);
            var watch = _watchdog.WatchAsync(socket, reason => _dropReason ??= reason, dropped.Token);
            try
            {
                while (!dropped.IsCancellationRequested)
                {
                    var text = await socket.ReceiveAsync(dropped.Token).ConfigureAwait(false);
                    if (text == null)
                    {
                        _dropReason ??= "the server closed the socket";
                        return;
                    }

                    _watchdog.Touch();
                    Handle(text, socket);
                }
            }
            catch (Exception) when (!token.IsCancellationRequested)
            {
                _dropReason ??= "the connection failed";
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                dropped.Cancel();
                await watch.ConfigureAwait(false);
            }
        }

        private void Handle(string text, NotificationSocket socket)
        {
            NotificationMessage? message;
            try
            {
                message = JsonSerializer.Deserialize(text, GenesysJsonContext.Default.NotificationMessage);
            }
            catch (JsonException)
            {
                return;
            }

            var topic = message?.TopicName;
            if (topic == null || topic == NotificationTopics.Metadata) return;
            if (topic == NotificationTopics.SocketClosing)
            {
                _dropReason = "the service announced it is closing the socket (v2.system.socket_closing)";
                socket.Abort();
            }
            else if (NotificationTopics.MeansChannelLost(topic))
            {
                _dropReason = "the channel lost its subscriptions (" + topic + ")";
                _channelLost = true;
                socket.Abort();
            }
            else if (NotificationTopics.IsUserCalls(topic) && message!.EventBody.ValueKind == JsonValueKind.Object)
            {
                var conversation = message.EventBody.Deserialize(GenesysJsonContext.Default.CallConversation);
                if (conversation?.Id != null) _sink.OnCallEvent(topic, conversation);
            }
        }

        private void GiveUp(string reason)
        {
            IsDead = true;
            string[] topics;
            lock (_topics)
            {
                topics = _topics.ToArray();
                _topics.Clear();
            }

            _sink.OnTopicsLost(topics, reason);
        }

        private static string TopicsJson(IEnumerable<string> topics) =>
            JsonSerializer.Serialize(topics.Select(t => new ChannelTopic { Id = t }).ToList(), GenesysJsonContext.Writer.ListChannelTopic);

        private string SubscriptionsPath() => "/api/v2/notifications/channels/" + Uri.EscapeDataString(_channel.Id!) + "/subscriptions";

        private static async Task Delay(TimeSpan wait, CancellationToken token)
        {
            try
            {
                await Task.Delay(wait, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
