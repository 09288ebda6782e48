using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Model;
using GenesysCalls.Core.Rows;

namespace GenesysCalls.Core.Outbound
{
    /// <summary>
    /// Maps an input row onto a contact list's columns: property names match column names case-insensitively, every column
    /// is sent (a missing one as an empty string), every value as a string. A property that names no column is not sent and
    /// is reported once for the whole run.
    /// </summary>
    internal sealed class ContactColumnMapper
    {
        private readonly IReadOnlyList<string> _columns;
        private readonly Dictionary<string, string> _columnByName;
        private readonly HashSet<string> _reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly string? _idProperty;
        private readonly Action<string> _warn;

        public ContactColumnMapper(IReadOnlyList<string> columns, string? idProperty, Action<string> warn)
        {
            _columns = columns;
            _columnByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var column in columns)
            {
                if (!_columnByName.ContainsKey(column)) _columnByName[column] = column;
            }

            _idProperty = string.IsNullOrWhiteSpace(idProperty) ? null : idProperty!.Trim();
            _warn = warn;
        }

        /// <summary>The contact, or null with the reason when a value cannot be sent (a list) or -ContactIdProperty names nothing.</summary>
        public WritableDialerContact? Map(ContactRow row, string contactListId, out (Problem Problem, string Message)? refusal)
        {
            refusal = null;
            var data = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var column in _columns) data[column] = string.Empty;
            string? id = null;
            var hasId = false;
            foreach (var property in row.Properties!)
            {
                if (property.Value is IEnumerable && !(property.Value is string))
                {
                    refusal = (Problems.InvalidValue, "Not sent: the property '" + property.Key
                        + "' holds a list or table; a contact's values are single text values.");
                    return null;
                }

                var isId = _idProperty != null && string.Equals(property.Key, _idProperty, StringComparison.OrdinalIgnoreCase);
                if (isId)
                {
                    hasId = true;
                    id = Cells.Text(property.Value);
                }

                if (_columnByName.TryGetValue(property.Key, out var column))
                {
                    data[column] = Cells.Text(property.Value).Trim();
                }
                else if (!isId && !Cells.IsBlank(property.Value) && _reported.Add(property.Key))
                {
                    var meant = Cells.Meant(property.Key, _columns.Select(c => (c, c)));
                    _warn("The property '" + property.Key + "' names no column of the contact list (" + string.Join(", ", _columns)
                        + "); it is not sent." + (meant != null ? " Did you mean " + meant + "?" : string.Empty));
                }
            }

            if (_idProperty != null && !hasId)
            {
                refusal = (Problems.MissingContactId, "Not sent: the row has no property '" + _idProperty
                    + "' for -ContactIdProperty; its properties are "
                    + string.Join(", ", row.Properties!.Select(p => p.Key)) + ".");
                return null;
            }

            if (_idProperty != null && Cells.IsBlank(id))
            {
                // A blank cell is not given: sent without an id, the service would make one, and a re-run would add the row again.
                refusal = (Problems.MissingContactId, "Not sent: the row's '" + _idProperty + "' (-ContactIdProperty) is blank, so it has "
                    + "no contact id.");
                return null;
            }

            return new WritableDialerContact { Id = id?.Trim(), ContactListId = contactListId, Data = data };
        }
    }
}
