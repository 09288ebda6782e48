using System;
using GenesysCalls.Core.Notifications;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>How calls are followed; the defaults suit a real org, tests shorten the times.</summary>
    internal sealed class FollowSettings
    {
        /// <summary>Answered (or later) is enough; otherwise wait for Ended and its disconnect reasons.</summary>
        public bool UntilAnswered { get; set; }

        public TimeSpan? Timeout { get; set; }

        /// <summary>
        /// The session's requests per minute. The Platform API's documented default is 300 per token; following calls uses
        /// at most a quarter of it.
        /// </summary>
        public int RateBudgetPerMinute { get; set; } = 300;

        /// <summary>The same call is not polled more often than this.</summary>
        public TimeSpan MinPollInterval { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>
        /// A call placed this long after its topic was subscribed cannot have had an event before it, so it needs no first
        /// read. Covers the create request's own duration.
        /// </summary>
        public TimeSpan PlacedAfterSubscribeSlack { get; set; } = TimeSpan.FromSeconds(2);

        /// <summary>
        /// A call that may have had events before its topic was subscribed is read only if no event for it arrives within
        /// this time after the subscription: the next event carries the whole call, so most such calls need no read.
        /// </summary>
        public TimeSpan FirstEventGrace { get; set; } = TimeSpan.FromSeconds(2);

        /// <summary>Never open a socket: poll (tests of the fallback).</summary>
        public bool DisableLive { get; set; }

        public ChannelSettings Channels { get; set; } = new ChannelSettings();

        /// <summary>
        /// How long an ended call's reasons (or a late call's end) are asked of the analytics store before the call is read on its own.
        /// The store's lag is not published (call-lifecycle-facts.md section 8); this is the documented bound.
        /// </summary>
        public TimeSpan ReasonsWait { get; set; } = TimeSpan.FromSeconds(8);

        /// <summary>An id waits this long for others before the first bulk read, so one request carries many.</summary>
        public TimeSpan AnalyticsBatchDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>At most one round of bulk reads this often.</summary>
        public TimeSpan AnalyticsInterval { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Ids per analytics request: the limit is not published; 100 is the facts' safe start, halved on a size refusal.</summary>
        public int AnalyticsIdsPerRequest { get; set; } = 100;

        /// <summary>Reads in flight at once.</summary>
        public int ParallelReads { get; set; } = 4;
    }
}
