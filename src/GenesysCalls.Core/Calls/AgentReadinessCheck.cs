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
    /// </summary>
    internal sealed class AgentReadinessCheck
    {
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
            var agents = calls.Select(c => c.CallerId).Where(id => id.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
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
                    refusals[call] = ApiErrors.From(ex, OutboundCallPlacer.Cmdlet + "ReadinessCheck", call.Row.Target,
                        "Not sent: the check of agent " + call.CallerId + " failed");
                }

                return refusals;
            }

            var byId = users.Where(u => u.Id != null).ToDictionary(u => u.Id!, StringComparer.OrdinalIgnoreCase);
            foreach (var call in calls)
            {
                if (Refusal(call, byId.TryGetValue(call.CallerId, out var user) ? user : null) is { } refusal) refusals[call] = refusal;
            }

            return refusals;
        }

        private static CommandError? Refusal(PlannedCall call, User? user)
        {
            if (user == null)
            {
                return CallPlanner.RowError(call.Row, "AgentNotFound", ErrorKind.ObjectNotFound, "Not sent: no user has the id " + call.CallerId
                    + " in this org.");
            }

            var name = user.Name ?? call.CallerId;
            if (!string.Equals(user.State ?? "active", "active", StringComparison.OrdinalIgnoreCase))
            {
                return CallPlanner.RowError(call.Row, "AgentInactive", ErrorKind.InvalidOperation, "Not sent: " + name + " is " + user.State
                    + "; only active users can place calls.");
            }

            if (user.Station?.EffectiveStation?.Id == null)
            {
                return CallPlanner.RowError(call.Row, "AgentHasNoStation", ErrorKind.InvalidOperation,
                    "Not sent: " + name + " has no effective station, so the service would refuse the call (conversation.error.no.user.station).",
                    "Assign the agent a station (WebRTC phone or desk phone), or call on behalf of an agent for whom Test-AgentPresence shows "
                        + "HasStation.");
            }

            return null;
        }
    }
}
