using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GenesysCalls.Core.Model;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>
    /// Turns the three shapes a call arrives in (REST CallConversation, the v2.users.{id}.conversations.calls event body,
    /// and the Conversation of GET /api/v2/conversations/{id}) into legs with one state, time and reason vocabulary.
    /// </summary>
    internal static class SnapshotReader
    {
        public static CallSnapshot FromCallConversation(CallConversation conversation, string? conversationId = null)
        {
            var legs = new List<LegObservation>();
            foreach (var p in conversation.Participants ?? new List<CallMediaParticipant>())
            {
                if (string.IsNullOrEmpty(p.Id)) continue;
                var connectedAt = Time(p.ConnectedTime);
                var endedAt = Time(p.EndTime);
                legs.Add(new LegObservation(p.Id!, Phase(p.State, connectedAt, endedAt))
                {
                    WasConnected = connectedAt != null || IsConnectedState(p.State),
                    UserId = p.User?.Id,
                    Purpose = p.Purpose,
                    Address = p.Address,
                    ConnectedAt = connectedAt,
                    EndedAt = endedAt,
                    DisconnectType = DisconnectTypes.Parse(p.DisconnectType),
                    ErrorCode = p.ErrorInfo?.Code,
                });
            }

            return new CallSnapshot(conversation.Id ?? conversationId ?? string.Empty, legs, hasDisconnectReasons: false);
        }

        public static CallSnapshot FromConversation(Conversation conversation, string? conversationId = null)
        {
            var legs = new List<LegObservation>();
            foreach (var p in conversation.Participants ?? new List<Participant>())
            {
                if (string.IsNullOrEmpty(p.Id)) continue;
                var calls = p.Calls ?? new List<Call>();
                var connectedAt = Time(p.ConnectedTime) ?? calls.Select(c => Time(c.ConnectedTime)).FirstOrDefault(t => t != null);
                var endedAt = Time(p.EndTime) ?? calls.Select(c => Time(c.DisconnectedTime)).FirstOrDefault(t => t != null);
                var phase = calls.Count == 0 ? Phase(null, connectedAt, endedAt) : calls.Max(c => Phase(c.State, connectedAt, endedAt));
                var reasons = calls.SelectMany(c => c.DisconnectReasons ?? new List<DisconnectReason>()).ToList();
                legs.Add(new LegObservation(p.Id!, phase)
                {
                    WasConnected = connectedAt != null || calls.Any(c => IsConnectedState(c.State)),
                    UserId = p.UserId,
                    Purpose = p.Purpose,
                    Address = p.Address,
                    ConnectedAt = connectedAt,
                    EndedAt = endedAt,
                    DisconnectType = calls.Select(c => DisconnectTypes.Parse(c.DisconnectType)).FirstOrDefault(t => t != null),
                    ErrorCode = calls.Select(c => c.ErrorInfo?.Code).FirstOrDefault(c => c != null),
                    Q850Code = Code(reasons, "q850"),
                    SipCode = Code(reasons, "sip"),
                });
            }

            return new CallSnapshot(conversation.Id ?? conversationId ?? string.Empty, legs, hasDisconnectReasons: true);
        }

        /// <summary>Times outrank the state text: a leg with an endTime has ended whatever its state says.</summary>
        internal static LegPhase Phase(string? state, DateTimeOffset? connectedAt, DateTimeOffset? endedAt)
        {
            var fromState = (state ?? string.Empty).ToLowerInvariant() switch
            {
                "alerting" or "offering" or "dialing" or "contacting" or "scheduled" => LegPhase.Ringing,
                "connected" or "parked" or "converting" or "uploading" or "transmitting" => LegPhase.Connected,
                "disconnected" or "terminated" => LegPhase.Ended,
                _ => LegPhase.None,
            };
            if (endedAt != null) return LegPhase.Ended;
            if (connectedAt != null && fromState < LegPhase.Connected) return LegPhase.Connected;
            return fromState;
        }

        private static bool IsConnectedState(string? state) => string.Equals(state, "connected", StringComparison.OrdinalIgnoreCase);

        private static int? Code(List<DisconnectReason> reasons, string type) =>
            reasons.FirstOrDefault(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase) && r.Code != null)?.Code;

        internal static DateTimeOffset? Time(string? text) =>
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var time)
                ? time
                : (DateTimeOffset?)null;
    }
}
