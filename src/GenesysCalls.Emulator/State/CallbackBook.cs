using System.Collections.Concurrent;
using System.Text.Json;

namespace GenesysCalls.Emulator;

/// <summary>
/// The callbacks the org's queues hold. A due callback is offered to a ready member of its queue (every user is a member of
/// every queue; ready is active, OnQueue, IDLE, with a station), preferred agents first; the agent accepts 1 s later and
/// the callback's own conversation becomes that agent's call to the first number, which plays the number's story.
/// </summary>
internal sealed class CallbackBook : IDisposable
{
    /// <summary>Seconds (at call speed 1) between the offer and the agent's call.</summary>
    public const double AcceptAfter = 1;

    private readonly ConcurrentDictionary<string, EmCallback> _callbacks = new(StringComparer.OrdinalIgnoreCase);
    private readonly OrgState _org;
    private readonly object _gate = new();
    private readonly Timer _tick;

    public CallbackBook(OrgState org)
    {
        _org = org;
        _tick = new Timer(_ => Advance(DateTimeOffset.UtcNow), null, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(50));
    }

    public IEnumerable<EmCallback> All => _callbacks.Values.OrderBy(c => c.CreatedAt);

    public void Add(EmCallback callback)
    {
        _callbacks[callback.Id] = callback;
        Advance(DateTimeOffset.UtcNow);
    }

    /// <summary>The callback as it is now (due offers and accepts are played first).</summary>
    public EmCallback? Find(string id)
    {
        Advance(DateTimeOffset.UtcNow);
        return _callbacks.TryGetValue(id, out var callback) ? callback : null;
    }

    /// <summary>Runs <paramref name="change"/> under the book's lock, so a change never races an offer.</summary>
    public T Change<T>(Func<T> change)
    {
        lock (_gate) return change();
    }

    /// <summary>Ended: cancelled, or its call has ended.</summary>
    public bool IsEnded(EmCallback callback, DateTimeOffset now) => callback.Stage == EmCallbackStage.Cancelled
        || (callback.Stage == EmCallbackStage.Dialled && CallEnded(callback, now));

    public bool CallEnded(EmCallback callback, DateTimeOffset now) =>
        _org.Calls.Find(callback.Id)?.At(now).Caller.State is "disconnected" or "terminated";

    public void Dispose() => _tick.Dispose();

    private void Advance(DateTimeOffset now)
    {
        lock (_gate)
        {
            foreach (var callback in _callbacks.Values)
            {
                if (callback.Stage == EmCallbackStage.Waiting && callback.ScheduledAt <= now && ReadyAgent(callback) is { } agent)
                {
                    callback.Stage = EmCallbackStage.Offered;
                    callback.AgentId = agent.Id;
                    callback.OfferedAt = now;
                }

                if (callback.Stage == EmCallbackStage.Offered
                    && now >= callback.OfferedAt!.Value + TimeSpan.FromSeconds(AcceptAfter / Math.Max(_org.Calls.Speed, 0.001)))
                {
                    Dial(callback, now);
                }
            }
        }
    }

    private EmUser? ReadyAgent(EmCallback callback)
    {
        var ready = _org.Users.Where(u => u.State == "active" && u.Presence == "OnQueue" && u.RoutingStatus == "IDLE" && u.Station != null)
            .ToList();
        if (ready.Count == 0) return null;
        foreach (var preferred in callback.PreferredAgentIds)
        {
            if (ready.FirstOrDefault(u => string.Equals(u.Id, preferred, StringComparison.OrdinalIgnoreCase)) is { } found) return found;
        }

        return ready[(int)(callback.Id.Aggregate(17u, (hash, ch) => hash * 31 + ch) % (uint)ready.Count)];
    }

    private void Dial(EmCallback callback, DateTimeOffset now)
    {
        callback.Stage = EmCallbackStage.Dialled;
        callback.DialledAt = now;
        var body = new Dictionary<string, object?>
        {
            ["phoneNumber"] = callback.Numbers[0],
            ["callFromQueueId"] = callback.QueueId,
            ["callerId"] = callback.CallerId,
            ["callerIdName"] = callback.CallerIdName,
            ["attributes"] = callback.Data,
        };
        var conversation = new EmConversation
        {
            Id = callback.Id,
            Endpoint = "callback",
            CallerUserId = callback.AgentId!,
            CreatedByClientId = callback.CreatedByClientId,
            Destination = callback.Numbers[0],
            RequestJson = JsonSerializer.Serialize(body, EmulatorJson.Options),
            CreatedAt = now,
        };
        _org.AddConversation(conversation);
        _org.Calls.Start(conversation, _org);
    }
}
