using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Management.Automation;
using GenesysCalls.Cmdlets.Hosting;

namespace GenesysCalls.Cmdlets.Binding
{
    /// <summary>A row object's properties, read as PowerShell's binder reads them for ValueFromPipelineByPropertyName.</summary>
    internal static class PipelineProperties
    {
        /// <summary>A hashtable's entries, else the object's gettable properties, in order, as plain values (contact columns).</summary>
        public static IReadOnlyList<KeyValuePair<string, object?>> List(PSObject input)
        {
            var properties = new List<KeyValuePair<string, object?>>();
            foreach (var pair in Read(input)) properties.Add(new KeyValuePair<string, object?>(pair.Key, PSObjectConverter.ToPlain(pair.Value)));
            return properties;
        }

        /// <summary>
        /// The same for <see cref="DictionaryRowBinder"/>, values left as they are (a CreateCallRequest stays one); a CallContact
        /// or text binds to -Contact, as it does by value.
        /// </summary>
        public static IDictionary Of(PSObject input)
        {
            var row = new OrderedDictionary();
            if (input.BaseObject is CallContact || input.BaseObject is string)
            {
                // Piped, these bind by value to -Contact ('+15551234567', 'user:<id>').
                row["Contact"] = input.BaseObject;
                return row;
            }

            foreach (var pair in Read(input)) row[pair.Key] = pair.Value;
            return row;
        }

        /// <summary>The entries or properties as they are, unreadable ones as null.</summary>
        internal static IEnumerable<KeyValuePair<string, object?>> Read(PSObject input)
        {
            if (input.BaseObject is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    yield return new KeyValuePair<string, object?>(entry.Key?.ToString() ?? string.Empty, entry.Value);
                }

                yield break;
            }

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

                yield return new KeyValuePair<string, object?>(property.Name, value);
            }
        }
    }
}
