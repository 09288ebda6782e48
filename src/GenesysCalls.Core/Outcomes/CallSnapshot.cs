using System.Collections.Generic;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>One look at a conversation's legs, from any source, already normalised.</summary>
    internal sealed class CallSnapshot
    {
        public CallSnapshot(string conversationId, IReadOnlyList<LegObservation> legs, bool hasDisconnectReasons)
        {
            ConversationId = conversationId;
            Legs = legs;
            HasDisconnectReasons = hasDisconnectReasons;
        }

        public string ConversationId { get; }

        public IReadOnlyList<LegObservation> Legs { get; }

        /// <summary>From GET /api/v2/conversations/{id}, the only source of Q.850 and SIP reasons.</summary>
        public bool HasDisconnectReasons { get; }
    }
}
