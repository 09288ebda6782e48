using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Notifications;

namespace GenesysCalls.Core.Outcomes
{
    internal sealed partial class CallFollower
    {
        private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

        /// <summary>Takes arrived calls a burst at a time, subscribes their agents, and enforces deadlines.</summary>
        private async Task ControlAsync(CancellationToken token)
        {
            while (!token.IsCancellationRequested)
            {
                try
                {
                    await _arrivals.WaitAsync(Tick, token).ConfigureAwait(false);
                    var batch = _arrivals.Drain();
                    if (batch.Count > 0) await AdmitAsync(batch, token).ConfigureAwait(false);
                    ExpireOverdue();
                    ReadSilentCalls();
                    BulkTick();
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    // Whatever failed while admitting, no call may be left unfollowed: poll the ones not placed yet.
                    Say("Setting up live following failed (" + ex.Message + "); polling instead.");
                    PollUnplaced();
                }
            }
        }

        private void PollUnplaced()
        {
            lock (_gate)
            {
                foreach (var call in _calls.Values.Where(c => !c.Done && c.Mode == FollowMode.Pending))
                {
                    call.Mode = FollowMode.Polled;
                    _poller.Add(call);
                }
            }
        }

        private async Task AdmitAsync(List<FollowedCall> batch, CancellationToken token)
        {
            var admitted = new List<FollowedCall>();
            lock (_gate)
            {
                foreach (var call in batch)
                {
                    if (_calls.TryGetValue(call.ConversationId, out var same) && !same.Done)
                    {
                        Say("Conversation " + call.ConversationId + " is already being followed; it is reported once.");
                        Interlocked.Decrement(ref _pending);
                        continue;
                    }

                    _calls[call.ConversationId] = call;
                    admitted.Add(call);
                    foreach (var early in _early.Take(call.ConversationId)) Apply(call, early);
                }
            }

            // A call known only by its id: one read tells whose station placed it (the topic to subscribe).
            var unknownCaller = admitted.Where(c => c.CallerUserId == null && !c.Done).ToList();
            await Task.WhenAll(unknownCaller.Select(c => ReadAsync(c, "first read"))).ConfigureAwait(false);
            foreach (var call in unknownCaller) call.CallerUserId = call.Status.OnBehalfOf;

            var following = admitted.Where(c => !c.Done).ToList();
            await SubscribeUsersAsync(following.Select(c => c.CallerUserId), token).ConfigureAwait(false);
            foreach (var call in following) Place(call);
        }

        /// <summary>Subscribes the calls topic of each user not subscribed (or refused) yet; says which are live and which polled.</summary>
        private async Task SubscribeUsersAsync(IEnumerable<string?> userIds, CancellationToken token)
        {
            var topics = userIds.Where(id => id != null).Select(id => NotificationTopics.UserCalls(id!)).Distinct().ToList();
            List<string> fresh;
            lock (_gate) fresh = topics.Where(t => !_liveTopics.ContainsKey(t) && !_lostTopics.ContainsKey(t)).ToList();
            if (fresh.Count == 0) return;
            var result = await _channels.SubscribeAsync(fresh, token).ConfigureAwait(false);
            var now = DateTimeOffset.UtcNow;
            int live;
            lock (_gate)
            {
                foreach (var topic in result.Permitted) _liveTopics[topic] = now;
                foreach (var pair in result.Rejected) _lostTopics[pair.Key] = pair.Value;
                live = _liveTopics.Count;
            }

            if (result.Permitted.Count > 0) Say("Following live: " + result.Permitted.Count + " more agent topic(s) subscribed, " + live
                + " in all, on " + ChannelCount + " channel(s).");
            foreach (var reason in result.Rejected.GroupBy(p => p.Value))
            {
                Say("Polling " + reason.Count() + " agent(s) instead of live: " + reason.Key + ".");
            }
        }

        /// <summary>Live when its agent's topic is subscribed (with one read if events may have been missed and none come), else polled.</summary>
        private void Place(FollowedCall call)
        {
            lock (_gate)
            {
                if (call.Done) return;
                var topic = call.CallerUserId != null ? NotificationTopics.UserCalls(call.CallerUserId) : null;
                if (topic != null && _liveTopics.TryGetValue(topic, out var subscribedAt))
                {
                    call.Mode = FollowMode.Live;
                    var placedLater = call.PlacedAt - _settings.PlacedAfterSubscribeSlack > subscribedAt;
                    if (!placedLater && !(call.LastObservedAt > subscribedAt))
                    {
                        call.SubscribedAt = subscribedAt;
                        // Until Ended, a call that may have ended unheard is asked of analytics with the others; Until Answered reads it.
                        if (_settings.UntilAnswered) call.FirstReadDue = DateTimeOffset.UtcNow + _settings.FirstEventGrace;
                        else AskInBulk(call, late: true);
                    }
                }
                else
                {
                    call.Mode = FollowMode.Polled;
                    _poller.Add(call);
                }
            }
        }

        /// <summary>Calls that may have missed events and have heard none since the subscription: one read each.</summary>
        private void ReadSilentCalls()
        {
            var now = DateTimeOffset.UtcNow;
            List<FollowedCall> silent;
            lock (_gate)
            {
                silent = _calls.Values.Where(c => c.FirstReadDue is { } due && due <= now).ToList();
                foreach (var call in silent) call.FirstReadDue = null;
                silent = silent.Where(c => !c.Done && !(c.LastObservedAt > c.SubscribedAt)).ToList();
            }

            foreach (var call in silent) Track(ReadAsync(call, "first read"));
        }

        private void ExpireOverdue()
        {
            var now = DateTimeOffset.UtcNow;
            lock (_gate)
            {
                foreach (var call in _calls.Values.Where(c => !c.Done && c.Deadline < now).ToList()) Report(call, FollowResult.TimedOut);
            }
        }
    }
}
