using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Completion;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>A waiter's side of the handoff: told of agents about to place calls, so it can listen before they dial.</summary>
    internal interface ICallWatcher
    {
        /// <summary>Gets ready to hear these users' calls (subscribes their topics); returns when it is, or has given up.</summary>
        Task WatchUsersAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);
    }

    /// <summary>New-OutboundCall to Wait-OutboundCall: waiters register, the placer announces agents before creating and records each call.</summary>
    /// <remarks>
    /// A waiter registers when it begins (in `New-OutboundCall | Wait-OutboundCall`, before the first call is placed) and
    /// unregisters when it stops. Before each window of creates the placer announces its agents to every waiter registered on
    /// this session, and waits (briefly) until they subscribed their topics: each waiter then hears the calls' first events.
    /// Calls reach a waiter only through the pipeline: an announcement says who will dial, not which calls a waiter follows.
    /// </remarks>
    internal sealed class CallHandoff
    {
        /// <summary>Placing calls never waits longer than this for waiters; a late subscription only costs reads.</summary>
        internal static readonly TimeSpan DefaultMaxWait = TimeSpan.FromSeconds(10);
        private readonly List<ICallWatcher> _waiters = new List<ICallWatcher>();
        private readonly TimeSpan _maxWait;

        public CallHandoff()
            : this(DefaultMaxWait)
        {
        }

        internal CallHandoff(TimeSpan maxWait) => _maxWait = maxWait;

        /// <summary>The calls placed lately on this session, newest first.</summary>
        public PlacedCalls Placed { get; } = new PlacedCalls();

        /// <summary>Waiters registered now.</summary>
        public int WaiterCount
        {
            get { lock (_waiters) return _waiters.Count; }
        }

        /// <summary>A waiter hears every announcement from now until the returned registration is disposed.</summary>
        public IDisposable Register(ICallWatcher waiter)
        {
            lock (_waiters) _waiters.Add(waiter);
            return new Registration(this, waiter);
        }

        /// <summary>
        /// Before placing: tells every registered waiter of these agents and waits (at most the handoff's wait) until they are ready.
        /// Returns how many agents it announced: 0 when no waiter is registered.
        /// </summary>
        public async Task<int> AnnounceCallersAsync(IEnumerable<string?> userIds, CancellationToken cancellationToken)
        {
            ICallWatcher[] waiters;
            lock (_waiters) waiters = _waiters.ToArray();
            if (waiters.Length == 0) return 0;
            var ids = userIds.Where(id => !string.IsNullOrEmpty(id)).Select(id => id!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (ids.Count == 0) return 0;
            var ready = Task.WhenAll(waiters.Select(w => WatchQuietlyAsync(w, ids, cancellationToken)));
            await Task.WhenAny(ready, Task.Delay(_maxWait, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return ids.Count;
        }

        /// <summary>After placing: the call is remembered for completion of -ConversationId.</summary>
        public void Record(OutboundCall call) => Placed.Add(call);

        private static async Task WatchQuietlyAsync(ICallWatcher waiter, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
        {
            try
            {
                await waiter.WatchUsersAsync(ids, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The waiter still follows every call it is handed; it only reads more to catch up.
            }
        }

        private sealed class Registration : IDisposable
        {
            private readonly CallHandoff _owner;
            private ICallWatcher? _waiter;

            public Registration(CallHandoff owner, ICallWatcher waiter)
            {
                _owner = owner;
                _waiter = waiter;
            }

            public void Dispose()
            {
                var waiter = Interlocked.Exchange(ref _waiter, null);
                if (waiter != null) lock (_owner._waiters) _owner._waiters.Remove(waiter);
            }
        }
    }
}
