using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>
    /// Disconnect reasons in bulk: ended calls (and calls handed over late, which may have ended unheard) are asked of the analytics
    /// store many ids per request. Analytics lags the conversation service, so an id missing from the answer is asked again;
    /// after <see cref="FollowSettings.ReasonsWait"/> the call is read on its own, as it is at once when analytics is refused.
    /// </summary>
    internal sealed partial class CallFollower
    {
        private static readonly string[] AnalyticsScopes = { "all", "analytics", "analytics:readonly" };
        private readonly Dictionary<string, BulkAsk> _bulk = new Dictionary<string, BulkAsk>(StringComparer.OrdinalIgnoreCase);
        private AnalyticsReader? _analytics;
        private string? _analyticsOff;
        private int _chunk;
        private DateTimeOffset _nextBulk = DateTimeOffset.MinValue;
        private int _bulkRunning;
        private bool _saidLagging;

        /// <summary>Under the lock: the call's reasons (and, for a late call, whether it ended) are asked of analytics with others.</summary>
        private void AskInBulk(FollowedCall call, bool late)
        {
            if (_analyticsOff == null && AnalyticsRefusedByScopes() is { } scopes) TurnAnalyticsOff(scopes);
            if (_analyticsOff != null)
            {
                ReadAlone(call, late);
                return;
            }

            var now = DateTimeOffset.UtcNow;
            if (_bulk.TryGetValue(call.ConversationId, out var asked)) asked.Late &= late;
            else _bulk[call.ConversationId] = new BulkAsk(call, late, now, now + _settings.ReasonsWait);
        }

        /// <summary>Under the lock: an event showed a late call alive, so the live events will tell when it ends.</summary>
        private void HeardAlive(FollowedCall call)
        {
            if (_bulk.TryGetValue(call.ConversationId, out var asked) && asked.Late && call.Status.StateValue != OutboundCallState.Ended)
            {
                _bulk.Remove(call.ConversationId);
            }
        }

        /// <summary>Each control tick: gives up on ids waited for too long, and sends one bulk read when some id has waited a batch delay.</summary>
        private void BulkTick()
        {
            var now = DateTimeOffset.UtcNow;
            List<BulkAsk> expired;
            List<string>? due = null;
            lock (_gate)
            {
                foreach (var done in _bulk.Values.Where(a => a.Call.Done).ToList()) _bulk.Remove(done.Call.ConversationId);
                expired = _bulk.Values.Where(a => a.GiveUpAt <= now).ToList();
                foreach (var ask in expired) _bulk.Remove(ask.Call.ConversationId);
                var chunk = Chunk();
                if (_bulk.Count > 0 && now >= _nextBulk && Volatile.Read(ref _bulkRunning) == 0
                    && (_bulk.Count >= chunk || _bulk.Values.Any(a => now - a.Since >= _settings.AnalyticsBatchDelay)))
                {
                    due = _bulk.Values.OrderBy(a => a.Since).Select(a => a.Call.ConversationId).ToList();
                    _nextBulk = now + _settings.AnalyticsInterval;
                    _bulkRunning = 1;
                }

                foreach (var ask in expired) ReadAlone(ask.Call, ask.Late);
            }

            if (expired.Count > 0 && !_saidLagging)
            {
                _saidLagging = true;
                Say("Analytics had no record of " + expired.Count + " call(s) within " + _settings.ReasonsWait.TotalSeconds
                    + " s; reading each such call on its own (GET /api/v2/conversations/{id}).");
            }

            if (due != null) Track(BulkReadAsync(due));
        }

        private async Task BulkReadAsync(List<string> ids)
        {
            var token = _stop.Token;
            try
            {
                for (var start = 0; start < ids.Count;)
                {
                    var chunk = ids.Skip(start).Take(Chunk()).ToList();
                    await _pacer.WaitAsync(token).ConfigureAwait(false);
                    if (!await ReadChunkAsync(chunk, token).ConfigureAwait(false)) return;
                    start += chunk.Count;
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
            }
            finally
            {
                Volatile.Write(ref _bulkRunning, 0);
            }
        }

        /// <summary>One request; false when the rest of this round should wait (refused, rate limited, failing).</summary>
        private async Task<bool> ReadChunkAsync(List<string> ids, CancellationToken token)
        {
            try
            {
                _analytics ??= new AnalyticsReader(ConnectedOrg.Of(_session).Api, _log);
                var found = await _analytics.ReadEndedAsync(ids, token).ConfigureAwait(false);
                _pacer.Succeeded();
                lock (_gate)
                {
                    foreach (var snapshot in found)
                    {
                        if (!_bulk.Remove(snapshot.ConversationId) || !_calls.TryGetValue(snapshot.ConversationId, out var call)) continue;
                        Apply(call, snapshot);
                    }
                }

                return true;
            }
            catch (GenesysApiException ex) when (ex.StatusCode == 429)
            {
                _pacer.Penalize();
                return false;
            }
            catch (GenesysApiException ex) when (ex.Code == "response.entity.too.large" || ex.Code == "request.entity.too.large"
                || ex.StatusCode == 413)
            {
                lock (_gate)
                {
                    if (_chunk == 1) TurnAnalyticsOff("it refuses even one id per request (" + ex.Code + ")");
                    else _chunk = Math.Max(1, Chunk() / 2);
                    _nextBulk = DateTimeOffset.MinValue;
                }

                return false;
            }
            catch (GenesysApiException ex) when (ex.StatusCode == 401 || ex.StatusCode == 403 || ex.StatusCode == 400 || ex.StatusCode == 404)
            {
                lock (_gate) TurnAnalyticsOff("GET /api/v2/analytics/conversations/details was refused (" + ex.StatusCode + " " + ex.Code
                    + "; it needs the analytics scope and analytics:conversationDetail:view)");
                return false;
            }
            catch (GenesysApiException ex)
            {
                Say("The analytics read failed (" + ex.Message + "); asking again, then each call on its own after "
                    + _settings.ReasonsWait.TotalSeconds + " s.");
                return false;
            }
        }

        /// <summary>Under the lock: from now on every call is read on its own; says so once.</summary>
        private void TurnAnalyticsOff(string reason)
        {
            if (_analyticsOff != null) return;
            _analyticsOff = reason;
            Say("Reading disconnect reasons one call at a time (GET /api/v2/conversations/{id}), not in bulk from analytics: " + reason + ".");
            var waiting = _bulk.Values.ToList();
            _bulk.Clear();
            foreach (var ask in waiting) ReadAlone(ask.Call, ask.Late);
        }

        private void ReadAlone(FollowedCall call, bool late)
        {
            if (call.Done) return;
            Track(ReadAsync(call, late && call.Status.StateValue != OutboundCallState.Ended ? "first read" : "details"));
        }

        private int Chunk() => _chunk > 0 ? _chunk : _settings.AnalyticsIdsPerRequest;

        /// <summary>The scopes, when they were read already, say analytics will refuse: no request is spent to learn it.</summary>
        private string? AnalyticsRefusedByScopes()
        {
            var scopes = _session.ScopesIfRead;
            return scopes != null && scopes.Count > 0 && !scopes.Any(s => AnalyticsScopes.Contains(s))
                ? "the session's token lacks the analytics scope (it has " + string.Join(", ", scopes) + ")" : null;
        }

        private sealed class BulkAsk
        {
            public BulkAsk(FollowedCall call, bool late, DateTimeOffset since, DateTimeOffset giveUpAt)
            {
                Call = call;
                Late = late;
                Since = since;
                GiveUpAt = giveUpAt;
            }

            public FollowedCall Call { get; }

            /// <summary>Handed over after its events may have passed: not known to have ended.</summary>
            public bool Late { get; set; }

            public DateTimeOffset Since { get; }

            public DateTimeOffset GiveUpAt { get; }
        }
    }
}
