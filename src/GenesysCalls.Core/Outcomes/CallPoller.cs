using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>
    /// Polls the calls that cannot be followed live, one GET at a time in turn, paced by the shared request budget.
    /// </summary>
    internal sealed class CallPoller
    {
        private readonly Func<FollowedCall, string, Task> _read;
        private readonly TimeSpan _minInterval;
        private readonly List<FollowedCall> _calls = new List<FollowedCall>();
        private readonly Dictionary<FollowedCall, DateTimeOffset> _lastPolled = new Dictionary<FollowedCall, DateTimeOffset>();
        private readonly SemaphoreSlim _added = new SemaphoreSlim(0);
        private int _next;

        public CallPoller(Func<FollowedCall, string, Task> read, TimeSpan minInterval)
        {
            _read = read;
            _minInterval = minInterval;
        }

        public int Count
        {
            get { lock (_calls) return _calls.Count; }
        }

        public void Add(FollowedCall call)
        {
            lock (_calls)
            {
                if (_calls.Contains(call)) return;
                _calls.Add(call);
            }

            _added.Release();
        }

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var call = Next(out var wait);
                if (call == null)
                {
                    await _added.WaitAsync(wait, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                await _read(call, "poll").ConfigureAwait(false);
            }
        }

        /// <summary>The next call due (round robin), dropping finished ones; else how long until one is due.</summary>
        private FollowedCall? Next(out TimeSpan wait)
        {
            wait = TimeSpan.FromMilliseconds(250);
            lock (_calls)
            {
                // An ended call changes no more: only its reasons are awaited, and those come from the follower's bulk reads.
                foreach (var done in _calls.Where(c => c.Done || c.Status.StateValue == OutboundCallState.Ended).ToList())
                {
                    _calls.Remove(done);
                    _lastPolled.Remove(done);
                }

                if (_calls.Count == 0) return null;
                var now = DateTimeOffset.UtcNow;
                for (var i = 0; i < _calls.Count; i++)
                {
                    var call = _calls[(_next + i) % _calls.Count];
                    if (_lastPolled.TryGetValue(call, out var last) && now - last < _minInterval) continue;
                    _next = (_next + i + 1) % _calls.Count;
                    _lastPolled[call] = now;
                    return call;
                }

                var soonest = _calls.Select(c => _lastPolled[c] + _minInterval - now).Min();
                wait = soonest > TimeSpan.Zero ? soonest : TimeSpan.FromMilliseconds(10);
                return null;
            }
        }
    }
}
