using System;
using System.Collections.Generic;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>
    /// Events for conversations not (yet) followed: a call's first events can arrive before the pipeline hands the
    /// call over. The newest few thousand are kept for a few minutes.
    /// </summary>
    internal sealed class EarlyEvents
    {
        private const int MaxKept = 5000;
        private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
        private readonly Dictionary<string, List<CallSnapshot>> _byId = new Dictionary<string, List<CallSnapshot>>(StringComparer.OrdinalIgnoreCase);
        private readonly Queue<(string Id, DateTimeOffset At)> _order = new Queue<(string, DateTimeOffset)>();

        public void Keep(CallSnapshot snapshot)
        {
            var now = DateTimeOffset.UtcNow;
            while (_order.Count > 0 && (_order.Count >= MaxKept || now - _order.Peek().At > MaxAge)) _byId.Remove(_order.Dequeue().Id);
            if (!_byId.TryGetValue(snapshot.ConversationId, out var list))
            {
                _byId[snapshot.ConversationId] = list = new List<CallSnapshot>();
                _order.Enqueue((snapshot.ConversationId, now));
            }

            list.Add(snapshot);
        }

        public IReadOnlyList<CallSnapshot> Take(string conversationId)
        {
            if (!_byId.TryGetValue(conversationId, out var list)) return new CallSnapshot[0];
            _byId.Remove(conversationId);
            return list;
        }
    }
}
