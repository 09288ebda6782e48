using System;
using System.Text;

namespace GenesysCalls.Core.Validation
{
    internal enum PhoneVerdict
    {
        E164,
        DialableButNotE164,
        Undialable,
    }

    /// <summary>Which strings can be dialed at all, and which are in the E.164 form every site's number plan accepts.</summary>
    internal static class PhoneNumberRules
    {
        private const string TelPrefix = "tel:";

        public static PhoneVerdict Check(string value, out string detail)
        {
            var number = StripTelPrefix(value.Trim());
            detail = string.Empty;
            if (number.Length == 0)
            {
                detail = "it is empty";
                return PhoneVerdict.Undialable;
            }

            var digits = 0;
            for (var i = 0; i < number.Length; i++)
            {
                var c = number[i];
                if (c >= '0' && c <= '9')
                {
                    digits++;
                }
                else if (c == '+')
                {
                    if (i != 0)
                    {
                        detail = "'+' may only stand first";
                        return PhoneVerdict.Undialable;
                    }
                }
                else if (!IsFormatting(c) && c != '*' && c != '#')
                {
                    detail = "the character '" + Printable(c) + "' at position " + (i + 1) + " cannot be dialed";
                    return PhoneVerdict.Undialable;
                }
            }

            if (digits == 0)
            {
                detail = "it has no digits";
                return PhoneVerdict.Undialable;
            }

            return IsStrictE164(number) ? PhoneVerdict.E164 : PhoneVerdict.DialableButNotE164;
        }

        /// <summary>The E.164 form of a dialable number when dropping formatting is all it takes, else null.</summary>
        public static string? SuggestE164(string value)
        {
            var number = StripTelPrefix(value.Trim());
            var builder = new StringBuilder(number.Length);
            foreach (var c in number)
            {
                if (c == '+' || (c >= '0' && c <= '9'))
                {
                    builder.Append(c);
                }
                else if (!IsFormatting(c))
                {
                    return null;
                }
            }

            var candidate = builder.ToString();
            return IsStrictE164(candidate) ? candidate : null;
        }

        /// <summary>An address rather than a number: user@host, or a URI other than tel: (sip:alice@example.com).</summary>
        public static bool IsAddress(string value)
        {
            var text = value.Trim();
            if (text.IndexOf('@') >= 0) return true;
            var colon = text.IndexOf(':');
            if (colon <= 0 || text.StartsWith(TelPrefix, StringComparison.OrdinalIgnoreCase) || !IsAsciiLetter(text[0])) return false;
            for (var i = 1; i < colon; i++)
            {
                var c = text[i];
                if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
            }

            return true;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool IsStrictE164(string number)
        {
            if (number.Length < 3 || number.Length > 16 || number[0] != '+' || number[1] == '0') return false;
            for (var i = 1; i < number.Length; i++)
            {
                if (number[i] < '0' || number[i] > '9') return false;
            }

            return true;
        }

        private static bool IsFormatting(char c) => c == ' ' || c == '-' || c == '(' || c == ')' || c == '.';

        private static string StripTelPrefix(string value) =>
            value.StartsWith(TelPrefix, StringComparison.OrdinalIgnoreCase) ? value.Substring(TelPrefix.Length) : value;

        private static string Printable(char c) => char.IsControl(c) ? "\\u" + ((int)c).ToString("x4") : c.ToString();
    }
}
