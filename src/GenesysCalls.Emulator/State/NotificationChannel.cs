namespace GenesysCalls.Emulator;

/// <summary>One notification channel: its owner (user + app), topics, lifetime and the WebSocket using it, if any.</summary>
internal sealed class NotificationChannel
{
    private readonly List<string> _topics = new();
    private readonly HashSet<string> _topicSet = new(StringComparer.OrdinalIgnoreCase);

    public required string Id { get; init; }
    public required string ConnectUri { get; init; }

    /// <summary>The user + app combination the 20-channel limit counts against.</summary>
    public required string OwnerKey { get; init; }

    /// <summary>The access token that created it (GET channels?includechannels=token).</summary>
    public required string TokenValue { get; init; }

    public DateTimeOffset Created { get; init; }
    public DateTimeOffset Expires { get; set; }
    public DateTimeOffset LastUsed { get; set; }
    public ChannelSocketHost? Socket { get; set; }

    /// <summary>Guarded by the hub's lock.</summary>
    public IReadOnlyList<string> Topics => _topics;

    public bool Has(string topic) => _topicSet.Contains(topic);

    public void Replace(IEnumerable<string> topics)
    {
        _topics.Clear();
        _topicSet.Clear();
        Add(topics);
    }

    public void Add(IEnumerable<string> topics)
    {
        foreach (var topic in topics)
        {
            if (_topicSet.Add(topic)) _topics.Add(topic);
        }
    }
}

/// <summary>What POST /emulator/notifications/faults sets.</summary>
public sealed class NotificationFaultSettings
{
    public bool StopHeartbeats { get; set; }
    public bool DuplicateEvents { get; set; }

    /// <summary>Swaps each pair of call events on a socket; a lone event goes out after ReorderWindowMs.</summary>
    public bool ReorderEvents { get; set; }

    public int ReorderWindowMs { get; set; } = 200;
    public int DelayEventsMs { get; set; }

    /// <summary>Subscriptions to v2.users.* from client-credentials tokens come back Rejected (403 unless ignoreErrors=true).</summary>
    public bool RejectClientCredentialsSubscriptions { get; set; }
}
