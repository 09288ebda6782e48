using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using GenesysCalls.Core.Json;

namespace GenesysCalls.Core.Calls
{
    /// <summary>
    /// Test-CallPayload -Kind Callback's view of a table row: the columns New-OutboundCallback's parameters (or their aliases) take,
    /// written into the body New-OutboundCallback would send. Anything it would refuse stays in the body as given, for the walker to name.
    /// </summary>
    internal static class CallbackRowReader
    {
        /// <summary>New-OutboundCallback's parameters that take a column, by name and alias (PowerShell binds them case-insensitively).</summary>
        private static readonly IReadOnlyDictionary<string, Action<OutboundCallbackRow, object>> Columns =
            new Dictionary<string, Action<OutboundCallbackRow, object>>(StringComparer.OrdinalIgnoreCase)
            {
                ["PhoneNumber"] = (r, v) => r.PhoneNumber = Texts(v),
                ["CallbackNumbers"] = (r, v) => r.PhoneNumber = Texts(v),
                ["QueueId"] = (r, v) => r.QueueId = InvariantText.Of(v),
                ["ScheduledTime"] = (r, v) => r.ScheduledTime = v,
                ["CallbackScheduledTime"] = (r, v) => r.ScheduledTime = v,
                ["Name"] = (r, v) => r.Name = InvariantText.Of(v),
                ["CallbackUserName"] = (r, v) => r.Name = InvariantText.Of(v),
                ["Data"] = (r, v) => r.Data = v,
                ["CallerId"] = (r, v) => r.CallerId = InvariantText.Of(v),
                ["CallerIdName"] = (r, v) => r.CallerIdName = InvariantText.Of(v),
                ["ScriptId"] = (r, v) => r.ScriptId = InvariantText.Of(v),
                ["PreferredAgentId"] = (r, v) => r.PreferredAgentId = Texts(v),
                ["PreferredAgentIds"] = (r, v) => r.PreferredAgentId = Texts(v),
                ["CountryCode"] = (r, v) => r.CountryCode = InvariantText.Of(v),
            };

        /// <summary>The column names read, which a contract test holds equal to New-OutboundCallback's by-name parameters and aliases.</summary>
        internal static IEnumerable<string> ColumnNames => Columns.Keys;

        /// <summary>The JSON body for a row whose blank cells are already left out.</summary>
        public static string Body(IDictionary cells)
        {
            var row = new OutboundCallbackRow();
            var asGiven = new OrderedDictionary();
            foreach (DictionaryEntry cell in cells)
            {
                var name = InvariantText.Of(cell.Key);
                if (cell.Value != null && Columns.TryGetValue(name, out var set)) set(row, cell.Value);
                else asGiven[name] = cell.Value;
            }

            try
            {
                CallbackTimes.Read(row.ScheduledTime, out _);
            }
            catch (InvalidRowValueException)
            {
                asGiven["callbackScheduledTime"] = row.ScheduledTime;
                row.ScheduledTime = null;
            }

            try
            {
                RowAttributes.Read(row.Data);
            }
            catch (InvalidRowValueException)
            {
                asGiven["data"] = row.Data;
                row.Data = null;
            }

            var body = CallbackPlanner.WriteBody(row);
            if (asGiven.Count == 0) return body;
            var rest = ObjectJsonWriter.Write(asGiven);
            return body.Length <= 2 ? rest : body.Substring(0, body.Length - 1) + "," + rest.Substring(1);
        }

        private static string[] Texts(object value) => value is string || !(value is IEnumerable items)
            ? new[] { InvariantText.Of(value) }
            : items.Cast<object?>().Select(InvariantText.Of).ToArray();
    }
}
