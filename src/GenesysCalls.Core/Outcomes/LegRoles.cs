using System;
using System.Collections.Generic;
using System.Linq;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>
    /// Which leg is the caller (the agent or user whose station placed the call) and which is the destination.
    /// The caller is found by user.id; purpose is an open-ended string, so it only breaks ties.
    /// </summary>
    internal static class LegRoles
    {
        // Platform participants that are never the party dialled (purpose values from the REST and analytics lists).
        private static readonly HashSet<string> SystemPurposes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "acd", "ivr", "voicemail", "workflow", "botflow", "voicesurveyflow", "dialer", "dialer.system", "fax", "station",
        };

        public static LegObservation? Caller(IReadOnlyList<LegObservation> legs, string? callerUserId)
        {
            if (!string.IsNullOrEmpty(callerUserId))
            {
                var byUser = legs.FirstOrDefault(l => string.Equals(l.UserId, callerUserId, StringComparison.OrdinalIgnoreCase));
                if (byUser != null) return byUser;
            }

            // Only an id was given: the placing leg is a user's; agent/user purposes first, then any leg with a user.
            return legs.FirstOrDefault(l => l.UserId != null && IsPurpose(l, "agent", "user")) ?? legs.FirstOrDefault(l => l.UserId != null);
        }

        public static LegObservation? Remote(IReadOnlyList<LegObservation> legs, LegObservation? caller)
        {
            var candidates = legs.Where(l => !ReferenceEquals(l, caller) && !(l.Purpose != null && SystemPurposes.Contains(l.Purpose))).ToList();
            return candidates.FirstOrDefault(l => IsPurpose(l, "customer", "external") && l.WasConnected)
                ?? candidates.FirstOrDefault(l => l.WasConnected)
                ?? candidates.FirstOrDefault(l => IsPurpose(l, "customer", "external"))
                ?? candidates.FirstOrDefault();
        }

        private static bool IsPurpose(LegObservation leg, params string[] purposes) =>
            purposes.Any(p => string.Equals(leg.Purpose, p, StringComparison.OrdinalIgnoreCase));
    }
}
