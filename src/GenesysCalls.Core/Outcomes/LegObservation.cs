using System;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>How far a leg got. Legs only move forward, so observations merge by taking the furthest.</summary>
    internal enum LegPhase
    {
        None = 0,
        Ringing = 1,
        Connected = 2,
        Ended = 3,
    }

    /// <summary>
    /// What is known about one participant's call leg, from a REST read, an event or the conversation details.
    /// Observations of the same leg merge commutatively and idempotently, so duplicates and reordering change nothing.
    /// </summary>
    internal sealed class LegObservation
    {
        public LegObservation(string participantId, LegPhase phase)
        {
            ParticipantId = participantId;
            Phase = phase;
        }

        public string ParticipantId { get; }

        public LegPhase Phase { get; }

        public string? UserId { get; set; }

        public string? Purpose { get; set; }

        public string? Address { get; set; }

        public DateTimeOffset? ConnectedAt { get; set; }

        public DateTimeOffset? EndedAt { get; set; }

        public CallDisconnectType? DisconnectType { get; set; }

        public string? ErrorCode { get; set; }

        public int? Q850Code { get; set; }

        public int? SipCode { get; set; }

        /// <summary>Seen connected, or carries a connectedTime: the leg was answered at some point.</summary>
        public bool WasConnected { get; set; }

        public static LegObservation Merge(LegObservation a, LegObservation b)
        {
            return new LegObservation(a.ParticipantId, a.Phase >= b.Phase ? a.Phase : b.Phase)
            {
                WasConnected = a.WasConnected || b.WasConnected,
                UserId = a.UserId ?? b.UserId,
                Purpose = a.Purpose ?? b.Purpose,
                Address = a.Address ?? b.Address,
                ConnectedAt = Earliest(a.ConnectedAt, b.ConnectedAt),
                EndedAt = Earliest(a.EndedAt, b.EndedAt),
                DisconnectType = Pick(a.DisconnectType, b.DisconnectType),
                ErrorCode = a.ErrorCode == null || (b.ErrorCode != null && string.CompareOrdinal(b.ErrorCode, a.ErrorCode) < 0) ? b.ErrorCode
                    : a.ErrorCode,
                Q850Code = Smallest(a.Q850Code, b.Q850Code),
                SipCode = Smallest(a.SipCode, b.SipCode),
            };
        }

        private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a == null ? b : b == null ? a : a <= b ? a : b;

        private static int? Smallest(int? a, int? b) => a == null ? b : b == null ? a : Math.Min(a.Value, b.Value);

        /// <summary>
        /// A known type beats Unknown, and any other type beats System: the REST participant's enum has no timeout or
        /// uncallable and reads system for them, where events and GET /api/v2/conversations/{id} say which. Between two
        /// others the choice only has to be the same in any order.
        /// </summary>
        private static CallDisconnectType? Pick(CallDisconnectType? a, CallDisconnectType? b)
        {
            if (a == null || (a is CallDisconnectType.Unknown or CallDisconnectType.System && b != null && b != CallDisconnectType.Unknown)) return b;
            if (b == null || b is CallDisconnectType.Unknown or CallDisconnectType.System) return a;
            return (int)a.Value <= (int)b.Value ? a : b;
        }
    }
}
