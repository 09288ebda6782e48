using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace GenesysCalls.Core.Presence
{
    /// <summary>
    /// The ten system presences (OrganizationPresenceDefinition.systemPresence). The API spells them several ways
    /// (OnQueue, ON_QUEUE, "On Queue"), so every spelling is folded to the PascalCase one before comparing.
    /// </summary>
    internal static class SystemPresences
    {
        public static readonly IReadOnlyList<string> All = new[] { "Available", "Away", "Busy", "Offline", "Idle", "OnQueue", "Meal", "Training",
            "Meeting", "Break" };

        public static readonly IReadOnlyList<string> DefaultReady = new[] { "Available", "OnQueue" };

        /// <summary>The canonical spelling, or the text unchanged when it is not a system presence.</summary>
        public static string Normalize(string value)
        {
            var folded = Fold(value);
            return All.FirstOrDefault(p => Fold(p) == folded) ?? value;
        }

        public static bool IsKnown(string value) => All.Contains(Normalize(value));

        public static string Label(string presence) => Normalize(presence) == "OnQueue" ? "On Queue" : Normalize(presence);

        private static string Fold(string value)
        {
            var builder = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                if (char.IsLetter(c)) builder.Append(char.ToLowerInvariant(c));
            }

            return builder.ToString();
        }
    }
}
