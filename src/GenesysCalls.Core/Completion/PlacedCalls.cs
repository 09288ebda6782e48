using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace GenesysCalls.Core.Completion
{
    /// <summary>The calls a session placed lately, newest first, for tab completion of conversation ids (no request needed).</summary>
    internal sealed class PlacedCalls
    {
        private const int Kept = 100;
        private readonly LinkedList<OutboundCall> _calls = new LinkedList<OutboundCall>();

        public void Add(OutboundCall call)
        {
            lock (_calls)
            {
                _calls.AddFirst(call);
                while (_calls.Count > Kept) _calls.RemoveLast();
            }
        }

        /// <summary>Calls whose id starts with the word, newest first: the id, shown with the destination and when it was placed.</summary>
        public IReadOnlyList<CompletionItem> Matching(string word)
        {
            lock (_calls)
            {
                return _calls.Where(c => c.ConversationId.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                    .Select(c => new CompletionItem(c.ConversationId,
                        c.Destination + " (placed " + c.PlacedAt.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + ")")).ToList();
            }
        }
    }
}
