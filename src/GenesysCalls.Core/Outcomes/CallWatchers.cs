using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>Something following a session's calls that wants to hear of agents before they place calls.</summary>
    internal interface ICallWatcher
    {
        /// <summary>Gets ready to hear these users' calls (subscribes their topics); returns when it is, or has given up.</summary>
        Task WatchUsersAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);
    }

    /// <summary>
    /// The Wait-OutboundCall commands following a session's calls. In `New-OutboundCall | Wait-OutboundCall` the waiter
    /// exists (BeginProcessing) before the first call is placed, so New-OutboundCall tells it which agents are about to
    /// dial and their topics are subscribed before the calls' first events: no call then needs a read to catch up.
    /// </summary>
    internal sealed class CallWatchers
    {
        /// <summary>Placing calls never waits longer than this for a watcher; a late subscription only costs reads.</summary>
        internal static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);
        private readonly List<ICallWatcher> _watchers = new List<ICallWatcher>();

        public IDisposable Add(ICallWatcher watcher)
        {
            lock (_watchers) _watchers.Add(watcher);
            return new Removal(this, watcher);
        }

        /// <summary>Tells every watcher of these users and waits (at most MaxWait) until they are ready; returns how many users it told of.</summary>
        public async Task<int> BeforePlacingAsync(IEnumerable<string> userIds, CancellationToken cancellationToken)
        {
            ICallWatcher[] watchers;
            lock (_watchers) watchers = _watchers.ToArray();
            if (watchers.Length == 0) return 0;
            var ids = userIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (ids.Count == 0) return 0;
            var ready = Task.WhenAll(watchers.Select(w => WatchQuietlyAsync(w, ids, cancellationToken)));
            await Task.WhenAny(ready, Task.Delay(MaxWait, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return ids.Count;
        }

        private static async Task WatchQuietlyAsync(ICallWatcher watcher, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
        {
            try
            {
                await watcher.WatchUsersAsync(ids, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The watcher still follows every call it is handed; it only reads more to catch up.
            }
        }

        private sealed class Removal : IDisposable
        {
            private readonly CallWatchers _owner;
            private ICallWatcher? _watcher;

            public Removal(CallWatchers owner, ICallWatcher watcher)
            {
                _owner = owner;
                _watcher = watcher;
            }

            public void Dispose()
            {
                var watcher = Interlocked.Exchange(ref _watcher, null);
                if (watcher != null) lock (_owner._watchers) _owner._watchers.Remove(watcher);
            }
        }
    }
}
