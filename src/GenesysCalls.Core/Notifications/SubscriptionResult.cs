using System.Collections.Generic;
using System.Linq;
using GenesysCalls.Core.Model;

namespace GenesysCalls.Core.Notifications
{
    /// <summary>Which topics the service permitted and, for the others, why not (rejectionReason, missingPermissions, no room).</summary>
    internal sealed class SubscriptionResult
    {
        public HashSet<string> Permitted { get; } = new HashSet<string>();

        public Dictionary<string, string> Rejected { get; } = new Dictionary<string, string>();

        public void RejectAll(IEnumerable<string> topics, string reason)
        {
            foreach (var topic in topics) Rejected[topic] = reason;
        }

        public void Add(SubscriptionResult other)
        {
            Permitted.UnionWith(other.Permitted);
            foreach (var pair in other.Rejected) Rejected[pair.Key] = pair.Value;
        }

        /// <summary>
        /// Reads a ChannelTopicEntityListing for the topics asked for. A topic is live only when listed and neither Rejected
        /// nor missing permissions; one the answer does not list is treated as not subscribed, so its call is polled.
        /// </summary>
        public static SubscriptionResult From(IEnumerable<string> asked, ChannelTopicEntityListing? listing)
        {
            var result = new SubscriptionResult();
            var byId = (listing?.Entities ?? new List<ChannelTopic>()).Where(t => t.Id != null).GroupBy(t => t.Id!).ToDictionary(g => g.Key, g =>
                g.Last());
            foreach (var topic in asked)
            {
                if (!byId.TryGetValue(topic, out var entry))
                {
                    result.Rejected[topic] = "the subscription answer did not list it";
                }
                else if (entry.MissingPermissions is { Count: > 0 } missing)
                {
                    result.Rejected[topic] = "missing permission " + string.Join(", ", missing);
                }
                else if (string.Equals(entry.State, "Rejected", System.StringComparison.OrdinalIgnoreCase))
                {
                    result.Rejected[topic] = "rejected" + (entry.RejectionReason != null ? " (" + entry.RejectionReason + ")" : string.Empty);
                }
                else
                {
                    result.Permitted.Add(topic);
                }
            }

            return result;
        }
    }
}
