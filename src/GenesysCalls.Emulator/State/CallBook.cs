using System.Collections.Concurrent;

namespace GenesysCalls.Emulator;

/// <summary>
/// Every call's timeline, and one background loop that wakes at each planned transition and raises <see cref="Changed"/>
/// (the notification service pushes those). Reads never depend on the loop: they compute the state at the current time.
/// </summary>
internal sealed class CallBook : IDisposable
{
    private readonly ConcurrentDictionary<string, CallTimeline> _timelines = new(StringComparer.OrdinalIgnoreCase);
    private readonly PriorityQueue<CallTimeline, DateTimeOffset> _due = new();
    private readonly object _dueGate = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    /// <summary>Every delay is divided by this (`--call-speed`).</summary>
    public double Speed { get; set; } = 1;

    /// <summary>Hang-ups answer `not.a.user` to client-credentials tokens (PUT /emulator/calls/hang-up).</summary>
    public bool HangUpRequiresUser { get; set; }

    /// <summary>Hanging up an ended call answers 200/202 instead of 400 `conversation.error.call.disconnected`.</summary>
    public bool EndedHangUpSucceeds { get; set; }

    /// <summary>Raised, in order per call, each time some leg of a call changes state (and once when it is created).</summary>
    public event Action<CallMoment>? Changed;

    public CallTimeline Start(EmConversation conversation, OrgState org)
    {
        var timeline = TimelineBuilder.Plan(conversation, org, Speed);
        _timelines[conversation.Id] = timeline;
        Publish(timeline);
        Schedule(timeline);
        return timeline;
    }

    public CallTimeline? Find(string conversationId) => _timelines.TryGetValue(conversationId, out var t) ? t : null;

    /// <summary>Ends the call now; false when it had already ended.</summary>
    public bool HangUp(CallTimeline timeline, bool callerSide)
    {
        if (!timeline.HangUp(callerSide, DateTimeOffset.UtcNow)) return false;
        Publish(timeline);
        Schedule(timeline);
        return true;
    }

    public void Dispose()
    {
        if (_stop.IsCancellationRequested) return;
        _stop.Cancel();
        _wake.Release();
    }

    private void Schedule(CallTimeline timeline)
    {
        var now = DateTimeOffset.UtcNow;
        lock (_dueGate)
        {
            // A point already past (this thread was held up longer than the step) still fires, at once, as of its own time.
            foreach (var point in timeline.Transitions().Where(p => p >= timeline.PublishedAt)) _due.Enqueue(timeline, point);
            _loop ??= Task.Run(RunAsync);
        }

        _wake.Release();
    }

    /// <summary>
    /// Publishes the call as it was at <paramref name="at"/> (now, by default). A loop that wakes late still publishes each
    /// transition as of its own time, in order, so a busy machine delays events but never skips one; nothing older than what
    /// was published goes out.
    /// </summary>
    private void Publish(CallTimeline timeline, DateTimeOffset? at = null)
    {
        lock (timeline.Gate)
        {
            var moment = at ?? DateTimeOffset.UtcNow;
            if (moment < timeline.PublishedAt) return;
            timeline.PublishedAt = moment;
            var snapshot = timeline.At(moment);
            if (snapshot.Signature == timeline.PublishedSignature) return;
            timeline.PublishedSignature = snapshot.Signature;
            try
            {
                Changed?.Invoke(snapshot);
            }
            catch (Exception)
            {
                // A listener's failure must not stop the calls from playing out.
            }
        }
    }

    private async Task RunAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TimeSpan wait;
            var fire = new List<(CallTimeline Timeline, DateTimeOffset At)>();
            lock (_dueGate)
            {
                var now = DateTimeOffset.UtcNow;
                while (_due.TryPeek(out var timeline, out var at) && at <= now)
                {
                    _due.Dequeue();
                    fire.Add((timeline, at));
                }

                wait = _due.TryPeek(out _, out var next) ? next - now : Timeout.InfiniteTimeSpan;
            }

            foreach (var (timeline, at) in fire) Publish(timeline, at);
            if (fire.Count > 0) continue;
            try
            {
                if (wait != Timeout.InfiniteTimeSpan && wait < TimeSpan.FromMilliseconds(1)) wait = TimeSpan.FromMilliseconds(1);
                await _wake.WaitAsync(wait, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
