using System;

namespace GenesysCalls
{
    public enum CallContactKind
    {
        Phone,
        User,
        Queue,
    }

    /// <summary>
    /// Someone to call: a phone number, a user or a queue. PowerShell converts strings with the string constructor:
    /// [GenesysCalls.CallContact]'+15551234567', 'user:&lt;id&gt;', 'queue:&lt;id&gt;' (a bare GUID means a user),
    /// optionally named: 'Ann Lee &lt;+15551234567&gt;'.
    /// </summary>
    public sealed class CallContact
    {
        public CallContact(string text)
        {
            if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException("A contact needs a phone number, 'user:<id>' or 'queue:<id>'.",
                nameof(text));
            var value = text.Trim();
            var open = value.LastIndexOf('<');
            if (open > 0 && value.EndsWith(">", StringComparison.Ordinal))
            {
                Name = value.Substring(0, open).Trim();
                value = value.Substring(open + 1, value.Length - open - 2).Trim();
            }

            if (TryPrefixed(value, "user:", out var user)) (Kind, Id) = (CallContactKind.User, user);
            else if (TryPrefixed(value, "queue:", out var queue)) (Kind, Id) = (CallContactKind.Queue, queue);
            else if (Guid.TryParseExact(value, "D", out _)) (Kind, Id) = (CallContactKind.User, value);
            else (Kind, Address) = (CallContactKind.Phone, value);
        }


        public CallContactKind Kind { get; }

        /// <summary>The number, for Kind Phone.</summary>
        public string? Address { get; }

        /// <summary>The user or queue id, for Kind User or Queue.</summary>
        public string? Id { get; }

        public string? Name { get; }

        public override string ToString() => Kind == CallContactKind.Phone ? Address! : Kind.ToString().ToLowerInvariant() + ":" + Id;

        private static bool TryPrefixed(string value, string prefix, out string rest)
        {
            rest = value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? value.Substring(prefix.Length).Trim() : string.Empty;
            return rest.Length > 0;
        }
    }
}
