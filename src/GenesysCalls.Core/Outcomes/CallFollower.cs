using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Model;
using GenesysCalls.Core.Notifications;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>
    /// Follows calls to a condition, live over the notification service where it can and by polling where it cannot,
    /// and reports each call exactly once (reached, ended unanswered, timed out or failed). Runs in the background
    /// between Start and StopAsync; it never writes to the pipeline, its owner takes the reports.
    /// </summary>
    internal sealed partial class CallFollower : INotificationSink, ICallWatcher
    {
        private readonly GenesysSession _session;
        private readonly IApiLog _log;
        private readonly FollowSettings _settings;
        private readonly CallReader _reader;
        private readonly RequestPacer _pacer;
        private readonly NotificationChannelManager _channels;
        private readonly CallPoller _poller;
        private readonly ArrivalWindow<FollowedCall> _arrivals = new ArrivalWindow<FollowedCall>();
        private readonly Dictionary<string, FollowedCall> _calls = new Dictionary<string, FollowedCall>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, DateTimeOffset> _liveTopics = new Dictionary<string, DateTimeOffset>();
        private readonly Dictionary<string, string> _lostTopics = new Dictionary<string, string>();
        private readonly EarlyEvents _early = new EarlyEvents();
        private readonly ConcurrentQueue<FollowReport> _reports = new ConcurrentQueue<FollowReport>();
        private readonly SemaphoreSlim _reported = new SemaphoreSlim(0);
        private readonly ConcurrentQueue<string> _messages = new ConcurrentQueue<string>();
        private readonly SemaphoreSlim _readGate;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly List<Task> _work = new List<Task>();
        private readonly object _gate = new object();
        private int _pending;
        private int _started;

        public CallFollower(GenesysSession session, IApiLog log, FollowSettings settings)
        {
            _session = session;
            _log = log;
            _settings = settings;
            var org = ConnectedOrg.Of(session);
            _reader = new CallReader(org.Api, log);
            _pacer = new RequestPacer(settings.RateBudgetPerMinute / 4.0);
            _readGate = new SemaphoreSlim(Math.Max(1, settings.ParallelReads));
            _channels = new NotificationChannelManager(org.Api, log, settings.Channels, this, org.Endpoint.SkipCertificateCheck);
            _poller = new CallPoller(ReadAsync, settings.MinPollInterval);
        }

        /// <summary>Calls added and not yet reported.</summary>
        public int Pending => Volatile.Read(ref _pending);

        public int ChannelCount => _channels.ChannelCount;

        /// <summary>Starts the background work once; later calls do nothing.</summary>
        public void Start()
        {
            if (Interlocked.Exchange(ref _started, 1) == 1) return;
            var why = LiveUnavailableReason();
            if (why != null) _channels.Disable(why);
            Track(Task.Run(() => ControlAsync(_stop.Token)));
            Track(Task.Run(() => _poller.RunAsync(_stop.Token)));
        }

        /// <summary>Subscribes these users' topics now, before they place calls, so their calls' first events are heard.</summary>
        public async Task WatchUsersAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
        {
            Start();
            using var both = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, cancellationToken);
            await SubscribeUsersAsync(userIds, both.Token).ConfigureAwait(false);
        }

        /// <summary>
        /// Follows a call until <paramref name="deadline"/> if one was set earlier (a callback's wait), else the timeout. A call
        /// placed at <paramref name="placedAt"/> (a dialled callback) may have had events, even ended, before its topic was subscribed.
        /// </summary>
        public void Add(OutboundCallStatus initial, DateTimeOffset? deadline = null, DateTimeOffset? placedAt = null)
        {
            Interlocked.Increment(ref _pending);
            placedAt ??= initial.Call?.PlacedAt ?? DateTimeOffset.UtcNow;
            deadline ??= _settings.Timeout is { } timeout ? DateTimeOffset.UtcNow + timeout : (DateTimeOffset?)null;
            _arrivals.Add(new FollowedCall(initial, deadline, placedAt.Value) { CallerUserId = initial.CallerHint ?? initial.OnBehalfOf });
        }

        public bool TryTake(out FollowReport report) => _reports.TryDequeue(out report!);

        public bool TryTakeMessage(out string message) => _messages.TryDequeue(out message!);

        /// <summary>Waits until a report (or a message) may be ready, at most <paramref name="max"/>.</summary>
        public Task WaitAsync(TimeSpan max, CancellationToken cancellationToken) => _reported.WaitAsync(max, cancellationToken);

        /// <summary>Stops every background task (sockets, reads, polling) and waits for them to end.</summary>
        public async Task StopAsync()
        {
            _stop.Cancel();
            await _channels.StopAsync().ConfigureAwait(false);
            Task[] work;
            lock (_work) work = _work.ToArray();
            try
            {
                await Task.WhenAll(work).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        void INotificationSink.OnCallEvent(string topic, CallConversation conversation)
        {
            var snapshot = SnapshotReader.FromCallConversation(conversation);
            lock (_gate)
            {
                if (_calls.TryGetValue(snapshot.ConversationId, out var call)) Apply(call, snapshot);
                else _early.Keep(snapshot);
            }
        }

        void INotificationSink.OnTopicsLost(IReadOnlyCollection<string> topics, string reason)
        {
            Say("Polling instead of live for " + topics.Count + " agent(s): " + reason + ".");
            lock (_gate)
            {
                foreach (var topic in topics)
                {
                    _liveTopics.Remove(topic);
                    _lostTopics[topic] = reason;
                }

                foreach (var call in _calls.Values.Where(c => !c.Done && c.CallerUserId != null
                    && topics.Contains(NotificationTopics.UserCalls(c.CallerUserId))))
                {
                    call.Mode = FollowMode.Polled;
                    _poller.Add(call);
                }
            }
        }

        void INotificationSink.OnResubscribed(IReadOnlyCollection<string> topics, string reason)
        {
            Say("Notification socket reopened (" + reason + "); reading each followed call once.");
            List<FollowedCall> resync;
            lock (_gate)
            {
                foreach (var topic in topics) _liveTopics[topic] = DateTimeOffset.UtcNow;
                resync = _calls.Values.Where(c => !c.Done && c.Mode == FollowMode.Live
                    && topics.Contains(NotificationTopics.UserCalls(c.CallerUserId!))).ToList();
            }

            foreach (var call in resync) Track(ReadAsync(call, "re-sync"));
        }

        void INotificationSink.OnVerbose(string message) => Say(message);

        private string? LiveUnavailableReason()
        {
            if (_settings.DisableLive) return "live following is switched off";
            // Scopes not read yet are not read for this: a refused subscription says the same, and polling follows then.
            var scopes = _session.ScopesIfRead;
            if (scopes != null && scopes.Count > 0 && !scopes.Any(s => s == "all" || s == "notifications"))
            {
                return "the session's token lacks the notifications scope (it has " + string.Join(", ", scopes) + ")";
            }

            return null;
        }

        internal void Say(string message)
        {
            _messages.Enqueue(message);
            _reported.Release();
        }

        private void Track(Task task)
        {
            lock (_work)
            {
                _work.RemoveAll(t => t.IsCompleted);
                _work.Add(task);
            }
        }
    }
}
