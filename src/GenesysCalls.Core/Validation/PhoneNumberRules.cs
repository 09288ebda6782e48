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

        /// <summary>An address in participants[] is checked as a number only when it looks like one (not sip:, not user@host).</summary>
        public static bool LooksLikeNumber(string address)
        {
            var value = address.Trim();
            if (value.StartsWith(TelPrefix, StringComparison.OrdinalIgnoreCase)) return true;
            if (value.IndexOf('@') >= 0 || value.IndexOf(':') >= 0) return false;
            return value.Length > 0 && (value[0] == '+' || value[0] == '(' || (value[0] >= '0' && value[0] <= '9'));
        }

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
