using System;
using System.Text.RegularExpressions;

namespace GenesysCalls.Core.Outbound
{
    /// <summary>A -Name value: an exact name (case-insensitive) or a wildcard pattern (* and ?), and the prefix the service can filter on.</summary>
    internal sealed class NamePattern
    {
        private readonly Regex? _wildcard;

        public NamePattern(string text)
        {
            Text = text.Trim();
            var first = Text.IndexOfAny(new[] { '*', '?' });
            IsWildcard = first >= 0;
            Prefix = IsWildcard ? Text.Substring(0, first) : Text;
            if (IsWildcard)
            {
                _wildcard = new Regex("^" + Regex.Escape(Text).Replace("\\*", ".*").Replace("\\?", ".") + "$",
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            }
        }

        public string Text { get; }

        public bool IsWildcard { get; }

        /// <summary>What GET ...?name=&amp;filterType=Prefix may narrow by; the match itself is done here, so the service's case rules do not
        /// matter.</summary>
        public string Prefix { get; }

        public bool Matches(string? name) =>
            name != null && (_wildcard?.IsMatch(name) ?? string.Equals(name, Text, StringComparison.OrdinalIgnoreCase));
    }
}
