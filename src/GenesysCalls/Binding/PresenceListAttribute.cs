using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using GenesysCalls.Core.Presence;

namespace GenesysCalls.Cmdlets.Binding
{
    /// <summary>-ReadyPresence: 'Available,OnQueue' as one string is two presences; every spelling the API uses is folded to its name.</summary>
    public sealed class PresenceListAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var values = new List<string>();
            foreach (var item in Items(inputData))
            {
                values.AddRange(item.Split(',').Select(part => part.Trim()).Where(part => part.Length > 0));
            }

            return values.Select(SystemPresences.Normalize).Distinct().ToArray();
        }

        private static IEnumerable<string> Items(object? input)
        {
            var value = input is PSObject wrapped ? wrapped.BaseObject : input;
            if (value is string text) return new[] { text };
            if (value is IEnumerable list) return list.Cast<object?>().Select(item => (item is PSObject p ? p.BaseObject : item)?.ToString() ?? "");
            return new[] { value?.ToString() ?? string.Empty };
        }
    }

    /// <summary>
    /// A value that is no system presence fails at binding, with the valid values listed (as ValidateSet would): a typo such
    /// as 'Avail' would otherwise mark every agent not ready.
    /// </summary>
    public sealed class ValidatePresenceAttribute : ValidateEnumeratedArgumentsAttribute
    {
        protected override void ValidateElement(object element)
        {
            var value = (element is PSObject wrapped ? wrapped.BaseObject : element)?.ToString() ?? string.Empty;
            if (SystemPresences.IsKnown(value)) return;
            throw new ValidationMetadataException("'" + value + "' is not a system presence. Valid values: " + string.Join(", ", SystemPresences.All)
                + " (any case; 'On Queue' and ON_QUEUE name OnQueue); several go as a list: -ReadyPresence Available, OnQueue.");
        }
    }
}
