using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GenesysCalls.Core.Json;

namespace GenesysCalls.Core.Rows
{
    /// <summary>
    /// The rules every row obeys, whoever reads it (the row reader, Add-OutboundContact's column mapper): a blank cell is
    /// not given, text is culture-invariant, and a column that names nothing is named with the name it most likely meant.
    /// </summary>
    internal static class Cells
    {
        /// <summary>A cell that means "not given": null, empty or only white space.</summary>
        public static bool IsBlank(object? value) => value == null || (value is string text && text.Trim().Length == 0);

        /// <summary>A value as text, the same on every machine (dates ISO 8601 with offset, invariant numbers).</summary>
        public static string Text(object? value) => InvariantText.Of(value);

        /// <summary>A list of text values: a list stays a list, anything else is one value.</summary>
        public static string[] Texts(object? value) => value is IEnumerable items && !(value is string) && !(value is IDictionary)
            ? items.Cast<object?>().Select(Text).ToArray()
            : new[] { Text(value) };

        /// <summary>A whole number, from a number or from invariant text; null when it is not one.</summary>
        public static int? WholeNumber(object? value)
        {
            switch (value)
            {
                case int number:
                    return number;
                case long or short or byte or uint or ushort or sbyte:
                    var wide = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                    return wide is >= int.MinValue and <= int.MaxValue ? (int)wide : (int?)null;
                case double or float or decimal:
                    var real = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                    return real == decimal.Truncate(real) && real is >= int.MinValue and <= int.MaxValue ? (int)real : (int?)null;
                case string text:
                    return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : (int?)null;
                default:
                    return null;
            }
        }

        /// <summary>The name among <paramref name="names"/> whose letters and digits equal the column's, or contain them.</summary>
        public static string? Meant(string column, IEnumerable<(string Name, string Says)> names)
        {
            var key = Fold(column);
            if (key.Length < 3) return null;
            var folded = names.Select(n => (n.Name, Folded: Fold(n.Says))).ToList();
            return folded.FirstOrDefault(n => n.Folded == key).Name ?? folded.FirstOrDefault(n => n.Folded.Contains(key)).Name;
        }

        /// <summary>A column for an error: 'Phone Number' (PhoneNumber?) when a name is likely meant.</summary>
        public static string Describe(string column, string? meant) => "'" + column + "'" + (meant != null ? " (" + meant + "?)" : string.Empty);

        /// <summary>A list of names as people read them: 'a', 'b' and 'c'.</summary>
        public static string List(IEnumerable<string> names, string conjunction = "and")
        {
            var all = names.ToList();
            return all.Count <= 1 ? string.Join(string.Empty, all)
                : string.Join(", ", all.Take(all.Count - 1)) + " " + conjunction + " " + all[all.Count - 1];
        }

        private static string Fold(string text) => new string(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
    }
}
