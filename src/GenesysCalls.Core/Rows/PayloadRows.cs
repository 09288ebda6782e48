using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Validation;

namespace GenesysCalls.Core.Rows
{
    /// <summary>
    /// Test-CallPayload's view of a row: the body the cmdlet that takes such rows would send, read by the same reader and tables.
    /// A column that names nothing is left out, as that cmdlet leaves it out (a hashtable's key is warned about); a cell it cannot
    /// read stays in the body as given, for the validator to name.
    /// </summary>
    internal static class PayloadRows
    {
        /// <summary>The JSON body, or null when the row's columns are the body's own member names (then it is checked as a body).</summary>
        /// <param name="ignored">The columns (keys) that name no parameter, so are not in the body.</param>
        public static string? Body(IReadOnlyList<KeyValuePair<string, object?>> cells, CallPayloadKind kind, bool asTyped,
            out IReadOnlyList<string> ignored)
        {
            ignored = cells.Where(c => !Cells.IsBlank(c.Value) && (kind == CallPayloadKind.Callback ? RowTables.NewOutboundCallback
                : (RowTable)RowTables.NewOutboundCall).Find(c.Key) == null).Select(c => c.Key).ToList();
            var members = kind == CallPayloadKind.Callback ? CallbackPayloadFields.RootNames : CallPayloadFields.RootNames;
            // A CSV of callback members (callbackNumbers as one cell) is read as New-OutboundCallback reads it, as the help promises.
            if ((asTyped || kind == CallPayloadKind.Call) && cells.All(c => members.Contains(c.Key, StringComparer.Ordinal)))
            {
                ignored = new string[0];
                return null;
            }

            var input = new RowInput(asTyped ? RowShape.Dictionary : RowShape.Record, null, null, cells);
            return kind == CallPayloadKind.Callback ? CallbackBody(input) : CallBody(input);
        }

        /// <summary>A CSV row's non-blank cells, trimmed; a hashtable's as typed.</summary>
        public static OrderedDictionary AsGiven(IEnumerable<KeyValuePair<string, object?>> cells, bool asTyped)
        {
            var given = new OrderedDictionary();
            foreach (var cell in cells)
            {
                if (asTyped) given[cell.Key] = cell.Value;
                else if (!Cells.IsBlank(cell.Value)) given[cell.Key] = cell.Value is string text ? text.Trim() : cell.Value;
            }

            return given;
        }

        private static string? CallBody(RowInput input)
        {
            var values = RowReader.Read(RowTables.NewOutboundCall, input, new Dictionary<string, object?>());
            var row = RowBuilders.CallRows(values).Single();
            var rest = Rest(values, CallPayloadFields.Root.Select(f => (f.Parameter, f.Name)));
            if (Move(rest, values, "Attribute", "attributes", () => RowAttributes.Read(row.Attributes))) row.Attributes = null;
            var body = CallRequestBuilder.Build(row, out _);
            return body == null ? null : Join(body, rest);
        }

        private static string CallbackBody(RowInput input)
        {
            var values = RowReader.Read(RowTables.NewOutboundCallback, input, new Dictionary<string, object?>());
            var row = RowBuilders.CallbackRows(values).Single();
            var rest = Rest(values, CallbackPayloadFields.Root.Select(f => (f.Parameter, f.Name)));
            if (Move(rest, values, "ScheduledTime", "callbackScheduledTime", () => CallbackTimes.Read(row.ScheduledTime, out _)))
            {
                row.ScheduledTime = null;
            }

            if (Move(rest, values, "Data", "data", () => RowAttributes.Read(row.Data, "Data"))) row.Data = null;
            return Join(CallbackPlanner.WriteBody(row), rest);
        }

        /// <summary>The cells the command could not read, by their member name (a column that names nothing is not sent at all).</summary>
        private static OrderedDictionary Rest(RowValues values, IEnumerable<(RowField? Parameter, string Member)> members)
        {
            var rest = new OrderedDictionary();
            var memberOf = members.Where(m => m.Parameter != null).ToList();
            foreach (var cell in values.Unread)
            {
                var member = memberOf.FirstOrDefault(m => m.Parameter!.IsNamed(cell.Key)).Member;
                rest[member ?? cell.Key] = Trim(cell.Value);
            }

            return rest;
        }

        /// <summary>A value the command would refuse (a date in this machine's culture, Data that is not a JSON object) goes as given.</summary>
        private static bool Move(OrderedDictionary rest, RowValues values, string parameter, string member, Action read)
        {
            if (!values.Has(parameter)) return false;
            try
            {
                read();
                return false;
            }
            catch (InvalidRowValueException)
            {
                rest[member] = values.Get(parameter);
                return true;
            }
        }

        private static string Join(string body, OrderedDictionary rest)
        {
            if (rest.Count == 0) return body;
            var more = ObjectJsonWriter.Write(rest);
            return body.Length <= 2 ? more : body.Substring(0, body.Length - 1) + "," + more.Substring(1);
        }

        private static object? Trim(object? value) => value is string text ? text.Trim() : value;
    }
}
