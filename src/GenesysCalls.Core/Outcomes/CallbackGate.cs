using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>What became of a callback Wait-OutboundCall holds: an agent dialled it (follow the call), or it ended or timed out first.</summary>
    internal sealed class CallbackHandoff
    {
        public CallbackHandoff(CallInput input, DateTimeOffset? deadline, CallbackSnapshot? snapshot, Exception? failure = null,
            bool timedOut = false)
        {
            Input = input;
            Deadline = deadline;
            Snapshot = snapshot;
            Failure = failure;
            TimedOut = timedOut;
        }

        public CallInput Input { get; }
        public DateTimeOffset? Deadline { get; }

        /// <summary>The last read of it; empty when it failed, or when its time ran out before its first read.</summary>
        public CallbackSnapshot? Snapshot { get; }
        public Exception? Failure { get; }

        public bool Dialled => !TimedOut && Failure == null && Snapshot?.Dialled == true;

        /// <summary>Its deadline passed while it waited for an agent: reported at once with its last known state.</summary>
        public bool TimedOut { get; }
    }

    /// <summary>
    /// Holds callbacks until an agent dials them: no source names a callback topic, so each is read (GET
    /// /api/v2/conversations/callbacks/{id}) at most once a poll interval, within an eighth of the rate budget. Once dialled,
    /// the callback's conversation is the agent's call and the call follower takes it, live on that agent's topic.
    /// </summary>
    internal sealed class CallbackGate
    {
        private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);
        private readonly GenesysSession _session;
        private readonly IApiLog _log;
        private readonly TimeSpan _interval;
        private readonly RequestPacer _pacer;
        private readonly object _lock = new object();
        private readonly List<Held> _held = new List<Held>();
        private readonly ConcurrentQueue<CallbackHandoff> _done = new ConcurrentQueue<CallbackHandoff>();
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private Task? _loop;
        private int _pending;

        public CallbackGate(GenesysSession session, IApiLog log, FollowSettings settings)
        {
            _session = session;
            _log = log;
            _interval = settings.MinPollInterval;
            _pacer = new RequestPacer(settings.RateBudgetPerMinute / 8.0);
        }

        /// <summary>Callbacks held, or handed over and not yet taken.</summary>
        public int Pending => Volatile.Read(ref _pending);

        public void Add(CallInput input, DateTimeOffset? deadline)
        {
            Interlocked.Increment(ref _pending);
            lock (_lock) _held.Add(new Held(input, deadline));
            _loop ??= Task.WhenAll(Task.Run(() => ReadLoopAsync(_stop.Token)), Task.Run(() => ExpireLoopAsync(_stop.Token)));
        }

        /// <summary>A callback whose wait is over. It stops counting as pending only now, when its owner has it in hand, so
        /// the owner never sees nothing pending between the gate letting go and the follower taking over.</summary>
        public bool TryTake(out CallbackHandoff handoff)
        {
            if (!_done.TryDequeue(out handoff!)) return false;
            Interlocked.Decrement(ref _pending);
            return true;
        }

        public async Task StopAsync()
        {
            _stop.Cancel();
            try
            {
                if (_loop != null) await _loop.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        /// <summary>Deadlines are kept apart from the paced reads: a callback whose time is up is reported at once, read or not.</summary>
        private async Task ExpireLoopAsync(CancellationToken cancellationToken)
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var now = DateTimeOffset.UtcNow;
                lock (_lock)
                {
                    foreach (var item in _held.Where(h => h.Deadline <= now).ToList())
                    {
                        Finish(item, new CallbackHandoff(item.Input, item.Deadline, item.Last, timedOut: true));
                    }
                }

                await Task.Delay(Tick, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>One read at a time, the callback due longest first, each at most once a poll interval.</summary>
        private async Task ReadLoopAsync(CancellationToken cancellationToken)
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                Held? next;
                lock (_lock) next = _held.Where(h => h.NextRead <= DateTimeOffset.UtcNow).OrderBy(h => h.NextRead).FirstOrDefault();
                if (next == null)
                {
                    await Task.Delay(Tick, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                await _pacer.WaitAsync(cancellationToken).ConfigureAwait(false);
                lock (_lock)
                {
                    if (!_held.Contains(next)) continue;
                }

                await ReadAsync(next, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>Reads the callback; hands it over when its wait is over, else it is read again later.</summary>
        private async Task ReadAsync(Held item, CancellationToken cancellationToken)
        {
            CallbackSnapshot? snapshot = null;
            Exception? failure = null;
            try
            {
                snapshot = await CallbackSnapshot.ReadAsync(ConnectedOrg.Of(_session).Api, _log, item.Input.ConversationId, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (Exception ex) when (!(ex is OperationCanceledException))
            {
                // Whatever the read met, the callback is reported: a failure never leaves Wait-OutboundCall waiting for it.
                failure = ex;
            }

            lock (_lock)
            {
                // Its time ran out during the read: it has been reported already.
                if (!_held.Contains(item)) return;
                if (failure != null) Finish(item, new CallbackHandoff(item.Input, item.Deadline, null, failure));
                else if (snapshot!.Dialled || snapshot.Cancelled) Finish(item, new CallbackHandoff(item.Input, item.Deadline, snapshot));
                else
                {
                    item.Last = snapshot;
                    item.NextRead = DateTimeOffset.UtcNow + _interval;
                }
            }
        }

        /// <summary>Under the lock: the callback leaves the gate exactly once.</summary>
        private void Finish(Held item, CallbackHandoff handoff)
        {
            _held.Remove(item);
            _done.Enqueue(handoff);
        }

        private sealed class Held
        {
            public Held(CallInput input, DateTimeOffset? deadline)
            {
                Input = input;
                Deadline = deadline;
            }

            public CallInput Input { get; }
            public DateTimeOffset? Deadline { get; }
            public DateTimeOffset NextRead { get; set; } = DateTimeOffset.MinValue;
            public CallbackSnapshot? Last { get; set; }
        }
    }
}
