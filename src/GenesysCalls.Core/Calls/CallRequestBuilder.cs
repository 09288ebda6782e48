using System.Collections.Generic;
using System.Linq;
using GenesysCalls.Core.Validation;

namespace GenesysCalls.Core.Calls
{
    /// <summary>Writes the body for a row: each field of the table from its parameter, else from the row's -Request.</summary>
    internal static class CallRequestBuilder
    {
        /// <summary>The body to validate and send, or null with the problem of a value that cannot become its field.</summary>
        public static string? Build(OutboundCallRow row, out string? problem)
        {
            problem = null;
            try
            {
                return CallBodyWriter.Write(field => field.FromRow?.Invoke(row) ?? (row.Request != null ? field.Get(row.Request) : null));
            }
            catch (InvalidRowValueException ex)
            {
                problem = ex.Message;
                return null;
            }
        }

        /// <summary>
        /// The findings of the row's -Request body that its typed fields cannot hold (a repeated phoneNumber, an unknown property),
        /// except those about a field this row's own parameters replace.
        /// </summary>
        public static IEnumerable<Diagnostic> UntypedFindings(OutboundCallRow row) =>
            (row.Request?.UntypedFindings ?? new Diagnostic[0]).Where(finding =>
                !CallPayloadFields.RootByName.TryGetValue(RootName(finding.Path), out var field) || field.FromRow?.Invoke(row) == null);

        private static string RootName(string path)
        {
            var end = path.IndexOfAny(new[] { '.', '[' });
            return end < 0 ? path : path.Substring(0, end);
        }

        /// <summary>A blank value (an empty CSV cell) means "not given"; anything else is used without surrounding spaces.</summary>
        public static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

        /// <summary>'user:&lt;id&gt;' and 'queue:&lt;id&gt;' name a user or queue; a bare GUID is a user; anything else is an address.</summary>
        public static Destination ToDestination(string text)
        {
            // Nothing to call: kept as an empty address so validation reports the participant instead of throwing.
            if (string.IsNullOrWhiteSpace(text)) return new Destination { Address = text };
            var contact = new CallContact(text);
            return contact.Kind switch
            {
                CallContactKind.User => new Destination { UserId = contact.Id, Name = contact.Name },
                CallContactKind.Queue => new Destination { QueueId = contact.Id, Name = contact.Name },
                _ => new Destination { Address = contact.Address, Name = contact.Name },
            };
        }

        /// <summary>The row's Contact, when it is of this kind: it names the destination over the destination parameters.</summary>
        public static string? FromContact(OutboundCallRow row, CallContactKind kind) =>
            row.Contact is { } contact && contact.Kind == kind ? (kind == CallContactKind.Phone ? contact.Address : contact.Id) : null;

        /// <summary>The given skill ids, or null when none is given.</summary>
        public static List<string>? SkillIds(OutboundCallRow row)
        {
            var skills = row.SkillIds?.Select(Given).Where(id => id != null).Select(id => id!).ToList();
            return skills is { Count: > 0 } ? skills : null;
        }
    }
}
