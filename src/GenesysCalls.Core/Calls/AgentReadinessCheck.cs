using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Model;
using GenesysCalls.Core.Presence;

namespace GenesysCalls.Core.Calls
{
    /// <summary>
    /// New-OutboundCall's pre-flight: one bulk read per window tells which calling agents the service would refuse
    /// (unknown, inactive, no effective station), so those rows fail with the reason instead of the service's 400 or 409.
    /// An AgentPresence handed in that is younger than <see cref="FreshFor"/> answers for its agent without a read.
    /// </summary>
    internal sealed class AgentReadinessCheck
    {
        /// <summary>How long a Test-AgentPresence answer stands in for a read (documented in New-OutboundCall's help).</summary>
        public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(5);

        private readonly UserDirectory _directory;
        private readonly IApiLog _log;

        public AgentReadinessCheck(UserDirectory directory, IApiLog log)
        {
            _directory = directory;
            _log = log;
        }

        /// <summary>The refusal for each call that would fail; calls not in the answer may be placed.</summary>
        public async Task<Dictionary<PlannedCall, CommandError>> RefusalsAsync(IReadOnlyList<PlannedCall> calls, CancellationToken cancellationToken)
        {
            var refusals = new Dictionary<PlannedCall, CommandError>();
            var handed = FreshPresences(calls);
            foreach (var call in calls)
            {
                if (handed.TryGetValue(call.CallerId, out var presence) && Refusal(call, presence) is { } refusal) refusals[call] = refusal;
            }

            var agents = calls.Select(c => c.CallerId).Where(id => id.Length > 0 && !handed.ContainsKey(id))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (handed.Count > 0)
            {
                _log.Verbose("Agent check: " + handed.Count + " agent(s) answered by the AgentPresence handed in (checked under "
                    + FreshFor.TotalSeconds + " s ago), " + agents.Count + " read (GET /api/v2/users?id=…).");
            }

            if (agents.Count == 0) return refusals;
            IReadOnlyList<User> users;
            try
            {
                users = await _directory.GetByIdsAsync(agents, _log, cancellationToken).ConfigureAwait(false);
            }
            catch (GenesysApiException ex)
            {
                foreach (var call in calls)
                {
                    refusals[call] = ApiErrors.From(ex, Problems.ReadinessCheck, call.Row.Target,
                        "Not sent: the check of agent " + call.CallerId + " failed");
                }

                return refusals;
            }

            var byId = users.Where(u => u.Id != null).ToDictionary(u => u.Id!, StringComparer.OrdinalIgnoreCase);
            foreach (var call in calls.Where(c => !handed.ContainsKey(c.CallerId)))
            {
                if (Refusal(call, byId.TryGetValue(call.CallerId, out var user) ? user : null) is { } refusal) refusals[call] = refusal;
            }

            return refusals;
        }

        /// <summary>The agents a fresh AgentPresence of their own answers for, by user id.</summary>
        private static Dictionary<string, AgentPresence> FreshPresences(IReadOnlyList<PlannedCall> calls)
        {
            var now = DateTimeOffset.Now;
            var fresh = new Dictionary<string, AgentPresence>(StringComparer.OrdinalIgnoreCase);
            foreach (var call in calls)
            {
                var presence = call.Row.Presence;
                if (presence == null || !string.Equals(presence.UserId, call.CallerId, StringComparison.OrdinalIgnoreCase)) continue;
                var age = now - presence.CheckedAt;
                if (age >= TimeSpan.Zero && age <= FreshFor) fresh[call.CallerId] = presence;
            }

            return fresh;
        }

        private static CommandError? Refusal(PlannedCall call, AgentPresence presence) =>
            Refusal(call, presence.Name, presence.State, presence.HasStation);

        private static CommandError? Refusal(PlannedCall call, User? user)
        {
            if (user == null)
            {
                return CallPlanner.RowError(call.Row, Problems.AgentNotFound, "Not sent: no user has the id " + call.CallerId
                    + " in this org.");
            }

            return Refusal(call, user.Name, user.State, user.Station?.EffectiveStation?.Id != null);
        }

        private static CommandError? Refusal(PlannedCall call, string? userName, string? state, bool hasStation)
        {
            var name = userName ?? call.CallerId;
            if (!string.Equals(state ?? "active", "active", StringComparison.OrdinalIgnoreCase))
            {
                return CallPlanner.RowError(call.Row, Problems.AgentInactive, "Not sent: " + name + " is " + state
                    + "; only active users can place calls.");
            }

            if (!hasStation)
            {
                return CallPlanner.RowError(call.Row, Problems.AgentHasNoStation,
                    "Not sent: " + name + " has no effective station, so the service would refuse the call (conversation.error.no.user.station).",
                    "Assign the agent a station (WebRTC phone or desk phone), or call on behalf of an agent for whom Test-AgentPresence shows "
                        + "HasStation.");
            }

            return null;
        }
    }
}
