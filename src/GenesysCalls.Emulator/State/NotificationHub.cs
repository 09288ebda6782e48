using System.Net.WebSockets;

namespace GenesysCalls.Emulator;

/// <summary>
/// The notification service: channels (20 per user + app, oldest evicted), their topics (1,000 each), lifetime, the one
/// WebSocket per channel, and the push of call events from <see cref="CallBook"/>.
/// </summary>
internal sealed class NotificationHub : IDisposable
{
    public const int MaxChannelsPerOwner = 20;
    public const int MaxTopicsPerChannel = 1000;

    private readonly object _gate = new();
    private readonly Dictionary<string, NotificationChannel> _channels = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly TimeSpan _lifetime;
    private NotificationFaultSettings _faults = new();
    private long _eventsSent, _heartbeatsSent, _pongsSent, _socketsOpened, _socketsDropped, _channelsCreated, _channelsEvicted, _channelsExpired;

    public NotificationHub(OrgState org, EmulatorOptions options)
    {
        _lifetime = TimeSpan.FromSeconds(options.ChannelLifetimeSeconds);
        Heartbeat = TimeSpan.FromSeconds(options.HeartbeatSeconds);
        org.Calls.Changed += Publish;
    }

    public TimeSpan Heartbeat { get; }

    public NotificationFaultSettings Faults
    {
        get { lock (_gate) return _faults; }
        set { lock (_gate) _faults = value; }
    }

    public static string OwnerKey(EmToken token) => token.Client.Id + "|" + (token.User?.Id ?? "");

    public NotificationChannel Create(EmToken token, string socketBase)
    {
        var now = DateTimeOffset.UtcNow;
        var id = "streaming-0-" + Guid.NewGuid().ToString("N");
        var channel = new NotificationChannel
        {
            Id = id, ConnectUri = socketBase + "/channels/" + id, OwnerKey = OwnerKey(token), TokenValue = token.Value,
            Created = now, Expires = now + _lifetime, LastUsed = now,
        };
        NotificationChannel? evicted = null;
        lock (_gate)
        {
            var owned = Live(channel.OwnerKey);
            if (owned.Count >= MaxChannelsPerOwner)
            {
                evicted = owned.OrderBy(c => c.Socket != null).ThenBy(c => c.LastUsed).First();
                _channels.Remove(evicted.Id);
                _channelsEvicted++;
            }

            _channels[id] = channel;
            _channelsCreated++;
        }

        evicted?.Socket?.Close(WebSocketCloseStatus.PolicyViolation, "channel removed: too many channels");
        return channel;
    }

    /// <summary>The channel when it exists, has not expired and belongs to this token's user + app.</summary>
    public NotificationChannel? Find(string id, EmToken token)
    {
        lock (_gate)
        {
            if (!_channels.TryGetValue(id, out var channel) || channel.OwnerKey != OwnerKey(token)) return null;
            return ExpireIfDue(channel) ? null : channel;
        }
    }

    public NotificationChannel? FindForSocket(string id)
    {
        lock (_gate)
        {
            return _channels.TryGetValue(id, out var channel) && !ExpireIfDue(channel) ? channel : null;
        }
    }

    public IReadOnlyList<NotificationChannel> Owned(EmToken token)
    {
        lock (_gate) return Live(OwnerKey(token)).OrderBy(c => c.Created).ToList();
    }

    /// <summary>Applies a subscription change (already checked) and extends the channel's life.</summary>
    public IReadOnlyList<string>? Subscribe(NotificationChannel channel, IReadOnlyCollection<string> topics, bool replace)
    {
        lock (_gate)
        {
            var result = (replace ? topics : channel.Topics.Concat(topics)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
            if (result > MaxTopicsPerChannel) return null;
            if (replace) channel.Replace(topics);
            else channel.Add(topics);
            var now = DateTimeOffset.UtcNow;
            channel.LastUsed = now;
            channel.Expires = now + _lifetime;
            return channel.Topics.ToList();
        }
    }

    public IReadOnlyList<string> Topics(NotificationChannel channel)
    {
        lock (_gate) return channel.Topics.ToList();
    }

    public void Unsubscribe(NotificationChannel channel)
    {
        lock (_gate) channel.Replace(Array.Empty<string>());
    }

    /// <summary>Serves one WebSocket until it closes; a second socket on the same channel drops the first.</summary>
    public async Task ServeAsync(NotificationChannel channel, WebSocket webSocket)
    {
        var socket = new ChannelSocketHost(webSocket, channel);
        ChannelSocketHost? previous;
        lock (_gate)
        {
            previous = channel.Socket;
            channel.Socket = socket;
            channel.LastUsed = DateTimeOffset.UtcNow;
            _socketsOpened++;
        }

        previous?.Close(WebSocketCloseStatus.PolicyViolation, "another connection uses this channel");
        try
        {
            await socket.RunAsync(this, Heartbeat, _stopping.Token);
        }
        finally
        {
            lock (_gate)
            {
                if (channel.Socket == socket) channel.Socket = null;
            }
        }
    }

    /// <summary>True (and the channel removed, its socket closed) when the channel's lifetime is over.</summary>
    public bool ExpireIfDue(NotificationChannel channel)
    {
        lock (_gate)
        {
            if (DateTimeOffset.UtcNow < channel.Expires) return false;
            if (_channels.Remove(channel.Id)) _channelsExpired++;
        }

        channel.Socket?.Close(WebSocketCloseStatus.NormalClosure, "channel expired");
        return true;
    }

    public void Count(bool heartbeat = false, bool pong = false)
    {
        if (heartbeat) Interlocked.Increment(ref _heartbeatsSent);
        if (pong) Interlocked.Increment(ref _pongsSent);
    }

    public int DropSockets()
    {
        var sockets = Sockets();
        foreach (var socket in sockets) socket.Abort();
        Interlocked.Add(ref _socketsDropped, sockets.Count);
        return sockets.Count;
    }

    public int SocketClosing(int closeAfterMs)
    {
        var sockets = Sockets();
        foreach (var socket in sockets)
        {
            socket.Send(NotificationMessages.SocketClosing());
            socket.Close(WebSocketCloseStatus.EndpointUnavailable, "socket closing", closeAfterMs);
        }

        return sockets.Count;
    }

    /// <summary>Expires (lifetime over) or evicts (removed as by the 20-channel limit) one channel or all of them.</summary>
    public int Remove(string? channelId, bool expire)
    {
        List<NotificationChannel> removed;
        lock (_gate)
        {
            removed = _channels.Values.Where(c => channelId == null || c.Id == channelId).ToList();
            foreach (var channel in removed)
            {
                _channels.Remove(channel.Id);
                if (expire) _channelsExpired++;
                else _channelsEvicted++;
            }
        }

        foreach (var channel in removed)
        {
            if (expire) channel.Socket?.Close(WebSocketCloseStatus.NormalClosure, "channel expired");
            else channel.Socket?.Close(WebSocketCloseStatus.PolicyViolation, "channel removed");
        }

        return removed.Count;
    }

    public object Stats()
    {
        lock (_gate)
        {
            return new
            {
                Channels = _channels.Count,
                Sockets = _channels.Values.Count(c => c.Socket != null),
                Subscriptions = _channels.Values.Sum(c => c.Topics.Count),
                EventsSent = Interlocked.Read(ref _eventsSent),
                HeartbeatsSent = Interlocked.Read(ref _heartbeatsSent),
                PongsSent = Interlocked.Read(ref _pongsSent),
                SocketsOpened = _socketsOpened,
                SocketsDropped = Interlocked.Read(ref _socketsDropped),
                ChannelsCreated = _channelsCreated,
                ChannelsEvicted = _channelsEvicted,
                ChannelsExpired = _channelsExpired,
                ChannelList = _channels.Values.OrderBy(c => c.Created).Select(c => new
                {
                    c.Id, c.OwnerKey, Topics = c.Topics.Count, Connected = c.Socket != null, Expires = CallProjections.Time(c.Expires),
                }).ToList(),
            };
        }
    }

    public void Dispose()
    {
        if (_stopping.IsCancellationRequested) return;
        _stopping.Cancel();
        foreach (var socket in Sockets()) socket.Abort();
    }

    private void Publish(CallMoment call)
    {
        var users = call.Legs.Select(l => l.Leg.User?.Id).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        NotificationFaultSettings faults;
        List<(ChannelSocketHost Socket, string Json)> deliveries = new();
        lock (_gate)
        {
            faults = _faults;
            foreach (var userId in users)
            {
                var topic = NotificationMessages.CallTopic(userId);
                var targets = _channels.Values.Where(c => c.Socket != null && c.Has(topic)).Select(c => c.Socket!).ToList();
                if (targets.Count == 0) continue;
                var json = NotificationMessages.CallEvent(userId, call);
                deliveries.AddRange(targets.Select(s => (s, json)));
            }
        }

        foreach (var (socket, json) in deliveries)
        {
            Interlocked.Add(ref _eventsSent, faults.DuplicateEvents ? 2 : 1);
            socket.SendEvent(json, faults);
            if (faults.DuplicateEvents) socket.SendEvent(json, faults);
        }
    }

    private List<ChannelSocketHost> Sockets()
    {
        lock (_gate) return _channels.Values.Select(c => c.Socket).OfType<ChannelSocketHost>().ToList();
    }

    private List<NotificationChannel> Live(string ownerKey)
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var expired in _channels.Values.Where(c => now >= c.Expires).ToList())
        {
            _channels.Remove(expired.Id);
            _channelsExpired++;
            expired.Socket?.Close(WebSocketCloseStatus.NormalClosure, "channel expired");
        }

        return _channels.Values.Where(c => c.OwnerKey == ownerKey).ToList();
    }
}
