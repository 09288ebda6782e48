using System;
using GenesysCalls.Core.Presence;

namespace GenesysCalls
{
    /// <summary>Test-AgentPresence's answer for one agent: can they place (or take) a call right now, and if not, why.</summary>
    public sealed class AgentPresence
    {
        internal AgentPresence(string userId, string? name, string? email, string? presence, string? routingStatus, string? stationId,
            string? stationName, string? state, string[] reasons, object? input)
        {
            UserId = userId;
            Name = name;
            Email = email;
            Presence = presence;
            RoutingStatus = routingStatus;
            StationId = stationId;
            StationName = stationName;
            State = state;
            Reasons = new ReadableList<string>(reasons);
            InputObject = input;
            CheckedAt = DateTimeOffset.Now;
        }

        public string UserId { get; }

        public string? Name { get; }

        public string? Email { get; }

        /// <summary>The system presence, spelled as the org's presence definitions spell it: Available, OnQueue, Busy, Away, Offline, …</summary>
        public string? Presence { get; }

        /// <summary>How the Genesys UI shows the presence: "On Queue", "Available", …</summary>
        public string? PresenceLabel => Presence == null ? null : SystemPresences.Label(Presence);

        /// <summary>OFF_QUEUE, IDLE, INTERACTING, NOT_RESPONDING or COMMUNICATING.</summary>
        public string? RoutingStatus { get; }

        public string? StationId { get; }

        public string? StationName { get; }

        /// <summary>True when the agent has an effective station (a phone calls can be placed from).</summary>
        public bool HasStation => StationId != null;

        /// <summary>active, inactive or deleted.</summary>
        public string? State { get; }

        public bool CanPlaceCall => Reasons.Count == 0;

        /// <summary>Every reason CanPlaceCall is false, as sentences; empty when it is true.</summary>
        public ReadableList<string> Reasons { get; }

        public DateTimeOffset CheckedAt { get; internal set; }

        /// <summary>What came down the pipeline for this agent (an id, an email or a CSV row).</summary>
        public object? InputObject { get; }

        public override string ToString() => (Name ?? UserId) + ": " + (CanPlaceCall ? "ready" : string.Join(" ", Reasons));
    }
}
