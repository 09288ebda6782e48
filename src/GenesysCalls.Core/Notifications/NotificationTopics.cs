using System;

namespace GenesysCalls.Core.Notifications
{
    /// <summary>The topic names this module uses, and the limits the notification service sets on them.</summary>
    internal static class NotificationTopics
    {
        public const int MaxTopicsPerChannel = 1000;
        public const int MaxChannels = 20;
        public const string Metadata = "channel.metadata";
        public const string SocketClosing = "v2.system.socket_closing";
        public const string NoLongerSubscribed = "v2.system.no_longer_subscribed";
        public const string TokenRevoked = "v2.system.token_revoked";
        private const string UserCallsPrefix = "v2.users.";
        private const string UserCallsSuffix = ".conversations.calls";

        /// <summary>Calls of one user (the agent who placed them); the event body is the whole call conversation.</summary>
        public static string UserCalls(string userId) => UserCallsPrefix + userId + UserCallsSuffix;

        public static bool IsUserCalls(string? topic) =>
            topic != null && topic.StartsWith(UserCallsPrefix, StringComparison.Ordinal) && topic.EndsWith(UserCallsSuffix, StringComparison.Ordinal);

        /// <summary>v2.system.no_longer_subscribed.{id} and v2.system.token_revoked.{id}: this channel's subscriptions are gone.</summary>
        public static bool MeansChannelLost(string? topic) =>
            topic != null && (topic.StartsWith(NoLongerSubscribed, StringComparison.Ordinal) || topic.StartsWith(TokenRevoked,
                StringComparison.Ordinal));
    }
}
