using System.Collections.Generic;
using GenesysCalls.Core.Model;

namespace GenesysCalls.Core.Notifications
{
    /// <summary>What the channel manager tells its owner. Called from socket threads; implementations must be thread-safe.</summary>
    internal interface INotificationSink
    {
        /// <summary>A v2.users.{id}.conversations.calls event: the whole call conversation as it is now.</summary>
        void OnCallEvent(string topic, CallConversation conversation);

        /// <summary>These topics will get no events (rejected, no room, no socket): follow their calls another way.</summary>
        void OnTopicsLost(IReadOnlyCollection<string> topics, string reason);

        /// <summary>A socket was reopened and these topics subscribed again; events in between may be missing.</summary>
        void OnResubscribed(IReadOnlyCollection<string> topics, string reason);

        void OnVerbose(string message);
    }
}
