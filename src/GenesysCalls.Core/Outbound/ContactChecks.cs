using System.Collections.Generic;
using System.Linq;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Model;
using GenesysCalls.Core.Validation;

namespace GenesysCalls.Core.Outbound
{
    /// <summary>What is wrong with a mapped contact before anything is sent: its phone numbers (the module's phone rules) and its custom
    /// id.</summary>
    /// <remarks>
    /// No length is checked here: the definition lists contact.datum.length.limit.exceeded and contact.id.length.limit.exceeded but
    /// states no limit (shared/genesys-api call-lifecycle-facts.md, section 6), so the service decides, and ContactBatchSender splits a
    /// refused batch until the rows it refuses stand alone.
    /// </remarks>
    internal static class ContactChecks
    {
        /// <summary>(problem, message) for the first finding, or null when the contact can be sent; notE164 is a number that can be
        /// dialed but is not in E.164 form (sent, and counted for one warning).</summary>
        public static (Problem Problem, string Message)? Check(WritableDialerContact contact, IReadOnlyList<OutboundPhoneColumn> phoneColumns,
            out string? notE164)
        {
            notE164 = null;
            var numbers = 0;
            foreach (var column in phoneColumns)
            {
                if (!contact.Data.TryGetValue(column.ColumnName, out var value) || value.Trim().Length == 0) continue;
                numbers++;
                if (PhoneNumberRules.IsAddress(value))
                {
                    return (Problems.InvalidPhoneNumber, "Not sent: the phone column " + column.ColumnName + " holds '" + value
                        + "', an address rather than a phone number; the dialer dials numbers.");
                }

                var verdict = PhoneNumberRules.Check(value, out var detail);
                if (verdict == PhoneVerdict.DialableButNotE164) notE164 ??= value;
                if (verdict == PhoneVerdict.Undialable)
                {
                    return (Problems.InvalidPhoneNumber, "Not sent: the phone column " + column.ColumnName + " holds '" + value
                        + "', which cannot be dialed: " + detail + ".");
                }
            }

            if (phoneColumns.Count > 0 && numbers == 0)
            {
                return (Problems.NoPhoneNumber, "Not sent: every phone column (" + string.Join(", ", phoneColumns.Select(p => p.ColumnName))
                    + ") is empty, so the dialer has no number to call.");
            }

            if (contact.Id != null && !contact.Id.All(c => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                || c == '_'))
            {
                return (Problems.InvalidContactId, "Not sent: the contact id '" + contact.Id
                    + "' has characters other than letters, digits, '-' and '_'; the service refuses ids with special characters "
                        + "(invalid.contact.id).");
            }

            return null;
        }
    }
}
