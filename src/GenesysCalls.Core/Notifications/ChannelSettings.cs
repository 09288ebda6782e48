using System;

namespace GenesysCalls.Core.Notifications
{
    /// <summary>Timing of the socket health checks and reconnects; tests shorten them.</summary>
    internal sealed class ChannelSettings
    {
        /// <summary>No message (heartbeat or event) for this long: send {"message":"ping"}.</summary>
        public TimeSpan QuietAfter { get; set; } = TimeSpan.FromSeconds(45);

        /// <summary>After a ping, this long without any message: the socket is dead.</summary>
        public TimeSpan PongTimeout { get; set; } = TimeSpan.FromSeconds(10);

        public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);

        /// <summary>Reopening attempts before the channel's calls go to polling.</summary>
        public int ReconnectAttempts { get; set; } = 4;

        public TimeSpan ReconnectBackoff { get; set; } = TimeSpan.FromMilliseconds(500);

        public int MaxTopicsPerChannel { get; set; } = NotificationTopics.MaxTopicsPerChannel;

        public int MaxChannels { get; set; } = NotificationTopics.MaxChannels;
    }
}
