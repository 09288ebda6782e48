using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using GenesysCalls.Core.Rows;

namespace GenesysCalls.Cmdlets.Hosting
{
    /// <summary>The one adapter from a pipeline object to what the core's row reader reads: its shape and its cells, in order.</summary>
    internal static class RowCells
    {
        private static readonly KeyValuePair<string, object?>[] NoCells = new KeyValuePair<string, object?>[0];

        public static RowInput From(object? item)
        {
            if (item == null || (item is PSObject { BaseObject: null })) return new RowInput(RowShape.Null, null, null, NoCells);
            var wrapped = item as PSObject ?? PSObject.AsPSObject(item);
            var value = wrapped.BaseObject;
            if (value is string || value is CallContact || value is Guid || value is decimal || value.GetType().IsPrimitive)
            {
                return new RowInput(RowShape.Value, wrapped, value, NoCells);
            }

            if (value is IDictionary dictionary) return new RowInput(RowShape.Dictionary, wrapped, value, Entries(dictionary));
            if (value is PSCustomObject) return new RowInput(RowShape.Record, wrapped, value, Properties(wrapped, plain: true));
            var own = value.GetType().Namespace == typeof(CallContact).Namespace;
            return new RowInput(own ? RowShape.Own : RowShape.Object, wrapped, value, Properties(wrapped, plain: false));
        }

        /// <summary>A hashtable's entries, else the object's gettable properties, in order, as plain values (contact columns).</summary>
        public static IReadOnlyList<KeyValuePair<string, object?>> Of(PSObject input) =>
            input.BaseObject is IDictionary dictionary ? Entries(dictionary) : Properties(input, plain: true);

        private static List<KeyValuePair<string, object?>> Entries(IDictionary dictionary)
        {
            var cells = new List<KeyValuePair<string, object?>>();
            foreach (DictionaryEntry entry in dictionary)
            {
                cells.Add(new KeyValuePair<string, object?>(entry.Key?.ToString() ?? string.Empty, PSObjectConverter.ToPlain(entry.Value)));
            }

            return cells;
        }

        private static List<KeyValuePair<string, object?>> Properties(PSObject input, bool plain)
        {
            var cells = new List<KeyValuePair<string, object?>>();
            foreach (var property in input.Properties)
            {
                if (!property.IsGettable) continue;
                object? value;
                try
                {
                    value = property.Value;
                }
                catch (GetValueException)
                {
                    // A script or code property that throws is read as empty rather than failing the row.
                    value = null;
                }

                cells.Add(new KeyValuePair<string, object?>(property.Name, plain ? PSObjectConverter.ToPlain(value)
                    : value is PSObject wrapped ? wrapped.BaseObject : value));
            }

            return cells;
        }
    }
}
