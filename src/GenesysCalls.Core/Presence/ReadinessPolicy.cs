using System;
using System.Collections.Generic;
using System.Linq;
using GenesysCalls.Core.Model;

namespace GenesysCalls.Core.Presence
{
    /// <summary>
    /// When an agent can place a call: the user is active, the presence is one of the ready presences
    /// (default Available and OnQueue), the routing status is not INTERACTING, COMMUNICATING or NOT_RESPONDING,
    /// and there is an effective station. Every failed rule gives one reason.
    /// </summary>
    internal sealed class ReadinessPolicy
    {
        private static readonly Dictionary<string, string> BusyRouting = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["INTERACTING"] = "Routing status is INTERACTING: the agent is already handling an ACD interaction.",
            ["COMMUNICATING"] = "Routing status is COMMUNICATING: the agent is already on a non-ACD call.",
            ["NOT_RESPONDING"] = "Routing status is NOT_RESPONDING: the agent missed an alert and is not taking interactions.",
        };

        public ReadinessPolicy(IEnumerable<string>? readyPresences = null)
        {
            ReadyPresences = (readyPresences ?? SystemPresences.DefaultReady).Select(SystemPresences.Normalize).Distinct().ToArray();
        }

        public IReadOnlyList<string> ReadyPresences { get; }

        public AgentPresence Evaluate(User user, object? input)
        {
            var reasons = new List<string>();
            var presence = user.Presence?.PresenceDefinition?.SystemPresence is { } raw ? SystemPresences.Normalize(raw) : null;
            var routing = user.RoutingStatus?.Status;
            var station = user.Station?.EffectiveStation;

            if (!string.Equals(user.State ?? "active", "active", StringComparison.OrdinalIgnoreCase))
            {
                reasons.Add("The user is " + user.State + ": only active users can place calls.");
            }

            if (presence == null)
            {
                reasons.Add("Presence is unknown: the service did not return it.");
            }
            else if (!ReadyPresences.Contains(presence))
            {
                reasons.Add("Presence is " + SystemPresences.Label(presence) + "; ready presences are " + string.Join(", ",
                    ReadyPresences.Select(SystemPresences.Label)) + ".");
            }

            if (routing != null && BusyRouting.TryGetValue(routing, out var busy)) reasons.Add(busy);
            if (station?.Id == null)
            {
                reasons.Add("No effective station: the agent has no phone to place the call from (the service would answer "
                    + "conversation.error.no.user.station).");
            }

            return new AgentPresence(user.Id ?? string.Empty, user.Name, user.Email, presence, routing, station?.Id, station?.Name, user.State,
                reasons.ToArray(), input);
        }
    }
}
