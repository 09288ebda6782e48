using System.Collections.Generic;
using System.Linq;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>
    /// (previous status, snapshot) → new status. Pure: legs merge by participant id with <see cref="LegObservation.Merge"/>,
    /// so applying the same snapshot twice, or snapshots in any order, gives the same status.
    /// </summary>
    internal static class CallStatusReducer
    {
        public static OutboundCallStatus Reduce(OutboundCallStatus previous, CallSnapshot snapshot)
        {
            var legs = previous.Legs.ToList();
            foreach (var leg in snapshot.Legs)
            {
                var index = legs.FindIndex(l => l.ParticipantId == leg.ParticipantId);
                if (index < 0) legs.Add(leg);
                else legs[index] = LegObservation.Merge(legs[index], leg);
            }

            // Participant order differs between sources; sort so the result does not depend on which arrived first.
            var ordered = legs.OrderBy(l => l.ParticipantId, System.StringComparer.Ordinal).ToList();
            return new OutboundCallStatus(previous.ConversationId, previous.Call, previous.CallerHint, ordered,
                previous.HasDisconnectReasons || snapshot.HasDisconnectReasons);
        }

        public static OutboundCallStatus Reduce(OutboundCallStatus previous, IEnumerable<CallSnapshot> snapshots) =>
            snapshots.Aggregate(previous, Reduce);
    }
}
