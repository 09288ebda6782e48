using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GenesysCalls.Core.Calls
{
    /// <summary>callbackScheduledTime both ways: what a parameter or CSV cell gives, and the ISO 8601 UTC text the body carries.</summary>
    internal static class CallbackTimes
    {
        private static readonly Regex HasZone = new Regex(@"(Z|[+-]\d\d:?\d\d)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        /// <summary>ISO 8601, year first so never a day/month guess: a date, or a date and time (T or space), then an optional zone.</summary>
        private static readonly Regex Iso8601 = new Regex(@"^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d([.,]\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

        /// <summary>An ISO 8601 text with a zone, in local time; null when absent or not one.</summary>
        public static DateTimeOffset? Parse(string? text) => text != null && HasZone.IsMatch(text.Trim())
            && DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at.ToLocalTime() : (DateTimeOffset?)null;

        /// <summary>True when the UTC text Read wrote is a time that has passed (the callback would be due at once).</summary>
        public static bool HasPassed(string? sent) => Parse(sent) is { } at && at < DateTimeOffset.Now;

        /// <summary>True when the text is ISO 8601 date-time with Z or an offset, as the definition's format date-time wants.</summary>
        public static bool IsZoned(string text) => Parse(text) != null;

        /// <summary>
        /// A [datetime], [DateTimeOffset] or text (a CSV cell) as the UTC text to send; null for nothing given. A time without a
        /// zone is the machine's local time and <paramref name="note"/> says so, as it says when the time has passed.
        /// </summary>
        /// <exception cref="InvalidRowValueException">The value is not a date and time.</exception>
        public static string? Read(object? value, out string? note)
        {
            note = null;
            DateTimeOffset at;
            switch (value)
            {
                case null:
                    return null;
                case DateTimeOffset offset:
                    at = offset;
                    break;
                case DateTime time:
                    if (time.Kind == DateTimeKind.Unspecified) note = "has no time zone, so it was read as this machine's local time";
                    at = time.Kind == DateTimeKind.Utc ? new DateTimeOffset(time)
                        : new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Local));
                    break;
                case string text when text.Trim().Length == 0:
                    return null;
                case string text:
                    var trimmed = text.Trim();
                    var zoned = HasZone.IsMatch(trimmed);
                    if (!Iso8601.IsMatch(trimmed) || !DateTimeOffset.TryParse(trimmed.Replace(',', '.'), CultureInfo.InvariantCulture,
                        zoned ? DateTimeStyles.None : DateTimeStyles.AssumeLocal, out at))
                    {
                        throw new InvalidRowValueException("ScheduledTime (callbackScheduledTime) '" + trimmed + "' is not an ISO 8601 date "
                            + "and time, so its day and month cannot be told apart safely; write it year first, for example "
                            + "2026-12-03T14:30:00+01:00 (or 2026-12-03T13:30:00Z), or pass a [datetime].");
                    }

                    if (!zoned)
                    {
                        note = "has no offset, so it was read as this machine's local time ("
                            + at.ToString("zzz", CultureInfo.InvariantCulture) + ")";
                    }

                    break;
                default:
                    throw new InvalidRowValueException("ScheduledTime must be a [datetime], a [DateTimeOffset] or ISO 8601 text, not "
                        + value.GetType().Name + ".");
            }

            if (at < DateTimeOffset.Now) note = (note != null ? note + "; it " : "is ") + "in the past, so the callback is due at once";
            return Format(at);
        }
    }
}
