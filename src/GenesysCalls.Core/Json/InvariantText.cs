using System;
using System.Globalization;

namespace GenesysCalls.Core.Json
{
    /// <summary>
    /// The one rule for a value the module turns into text for the API (an attribute, a contact cell, a JSON string): the same
    /// on every machine, whatever its culture. Dates are ISO 8601 with their offset (a date without a kind is local time, as
    /// PowerShell's [datetime] reads it); numbers are invariant; booleans are lower case, as JSON writes them.
    /// </summary>
    internal static class InvariantText
    {
        public static string Of(object? value) => value switch
        {
            null => string.Empty,
            string text => text,
            bool flag => flag ? "true" : "false",
            DateTime time => Of(time.Kind == DateTimeKind.Utc ? new DateTimeOffset(time) : new DateTimeOffset(DateTime.SpecifyKind(time,
                DateTimeKind.Local))),
            DateTimeOffset time => time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }
}
