using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using GenesysCalls.Core.Json;

namespace GenesysCalls.Core.Calls
{
    /// <summary>A row's Attributes (a hashtable, or JSON object text as in a CSV column) read as the map of text the body holds.</summary>
    internal static class RowAttributes
    {
        /// <summary>The map, or null when none is given (blank text).</summary>
        /// <param name="name">The parameter (and column) the value came as, for the message: Attributes, or Data for a callback.</param>
        /// <exception cref="InvalidRowValueException">The value is not a map of plain values.</exception>
        public static Dictionary<string, string>? Read(object? value, string name = "Attributes")
        {
            if (value == null) return null;
            var map = ReadAttributes(value, name, out var problem);
            if (problem != null) throw new InvalidRowValueException(problem);
            return map;
        }

        private static Dictionary<string, string>? ReadAttributes(object value, string name, out string? problem)
        {
            problem = null;
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            if (value is string text)
            {
                if (text.Trim().Length == 0) return null;
                try
                {
                    using var document = JsonDocument.Parse(text);
                    if (document.RootElement.ValueKind != JsonValueKind.Object)
                    {
                        problem = name + " must be a JSON object such as {\"account\":\"123\"}, not " + document.RootElement.ValueKind + ".";
                        return null;
                    }

                    foreach (var property in document.RootElement.EnumerateObject())
                    {
                        if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null)
                        {
                            problem = NotPlain(property.Name, property.Value.ValueKind == JsonValueKind.Null);
                            return null;
                        }

                        map[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()!
                            : property.Value.GetRawText();
                    }

                    return map;
                }
                catch (JsonException ex)
                {
                    var message = ex.Message;
                    var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
                    problem = name + " is not a JSON object (" + (cut > 0 ? message.Substring(0, cut) : message).TrimEnd('.')
                        + "). Give a hashtable, or JSON text such as {\"account\":\"123\"}.";
                    return null;
                }
            }

            if (value is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (entry.Value == null || entry.Value is IDictionary || (entry.Value is IEnumerable && !(entry.Value is string)))
                    {
                        problem = NotPlain(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty, entry.Value == null);
                        return null;
                    }

                    map[Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty] = InvariantText.Of(entry.Value);
                }

                return map;
            }

            problem = name + " must be a hashtable or JSON object text such as {\"account\":\"123\"}.";
            return null;
        }

        private static string NotPlain(string key, bool isNull) => isNull
            ? "Attribute '" + key + "' is null; attributes map text to text. Give it a text value, or leave the key out."
            : "Attribute '" + key + "' must be a plain value; attributes map text to text.";

    }
}
