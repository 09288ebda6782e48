using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Http;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>What became of a callback Wait-OutboundCall holds: an agent dialled it (follow the call), or it ended or timed out first.</summary>
    internal sealed class CallbackHandoff
    {
        public CallbackHandoff(CallInput input, DateTimeOffset? deadline, CallbackSnapshot? snapshot, Exception? failure = null)
        {
            Input = input;
            Deadline = deadline;
            Snapshot = snapshot;
            Failure = failure;
        }

        public CallInput Input { get; }
        public DateTimeOffset? Deadline { get; }
        public CallbackSnapshot? Snapshot { get; }
        public Exception? Failure { get; }

        public bool Dialled => Snapshot?.Dialled == true;
        public bool TimedOut => Failure == null && Snapshot != null && !Snapshot.Dialled && !Snapshot.Cancelled;
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
        private readonly ConcurrentQueue<Held> _added = new ConcurrentQueue<Held>();
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
            _added.Enqueue(new Held(input, deadline));
            _loop ??= Task.Run(() => RunAsync(_stop.Token));
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

        private async Task RunAsync(CancellationToken cancellationToken)
        {
            var held = new List<Held>();
            while (!cancellationToken.IsCancellationRequested)
            {
                while (_added.TryDequeue(out var item)) held.Add(item);
                foreach (var item in held.Where(h => h.NextRead <= DateTimeOffset.UtcNow).ToList())
                {
                    var handoff = await ReadAsync(item, cancellationToken).ConfigureAwait(false);
                    if (handoff == null) continue;
                    held.Remove(item);
                    _done.Enqueue(handoff);
                }

                await Task.Delay(Tick, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>The handoff when the callback's wait is over, else null (read again later).</summary>
        private async Task<CallbackHandoff?> ReadAsync(Held item, CancellationToken cancellationToken)
        {
            await _pacer.WaitAsync(cancellationToken).ConfigureAwait(false);
            CallbackSnapshot snapshot;
            try
            {
                snapshot = await CallbackSnapshot.ReadAsync(_session.Api, _log, item.Input.ConversationId, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!(ex is OperationCanceledException))
            {
                // Whatever the read met, the callback is reported: a failure never leaves Wait-OutboundCall waiting for it.
                return new CallbackHandoff(item.Input, item.Deadline, null, ex);
            }

            if (snapshot.Dialled || snapshot.Cancelled || item.Deadline <= DateTimeOffset.UtcNow)
            {
                return new CallbackHandoff(item.Input, item.Deadline, snapshot);
            }

            item.NextRead = DateTimeOffset.UtcNow + _interval;
            return null;
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
        }
    }
}
