using System;

namespace GenesysCalls.Core.Outcomes
{
    internal enum FollowMode
    {
        Pending,
        Live,
        Polled,
    }

    /// <summary>The follower's book-keeping for one call. Guarded by the follower's lock.</summary>
    internal sealed class FollowedCall
    {
        public FollowedCall(OutboundCallStatus status, DateTimeOffset? deadline, DateTimeOffset placedAt)
        {
            Status = status;
            Deadline = deadline;
            PlacedAt = placedAt;
        }

        public string ConversationId => Status.ConversationId;

        public OutboundCallStatus Status { get; set; }

        public DateTimeOffset? Deadline { get; }

        /// <summary>When the call was placed, or when following began if that is not known.</summary>
        public DateTimeOffset PlacedAt { get; }

        public FollowMode Mode { get; set; }

        /// <summary>The user whose calls topic carries this call's events.</summary>
        public string? CallerUserId { get; set; }

        /// <summary>Last event or read applied; a read is needed when it predates the topic's subscription.</summary>
        public DateTimeOffset? LastObservedAt { get; set; }

        public bool DetailsRequested { get; set; }

        /// <summary>When the call is read unless an event for it arrives after SubscribedAt (null: no read pending).</summary>
        public DateTimeOffset? FirstReadDue { get; set; }

        /// <summary>When its agent's topic was subscribed, for a call that was placed before then.</summary>
        public DateTimeOffset SubscribedAt { get; set; }

        public bool DetailsUnavailable { get; set; }

        public bool Done { get; set; }
    }
}
