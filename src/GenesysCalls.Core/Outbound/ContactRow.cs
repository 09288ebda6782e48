using System.Collections.Generic;

namespace GenesysCalls.Core.Outbound
{
    /// <summary>One input object for Add-OutboundContact: its properties in order (a CSV row's columns, a hashtable's keys) and the object
    /// itself.</summary>
    internal sealed class ContactRow
    {
        public ContactRow(IReadOnlyList<KeyValuePair<string, object?>>? properties, object? input)
        {
            Properties = properties;
            Input = input;
        }

        /// <summary>The row's columns; null when the input is no row at all ($null, a plain value).</summary>
        public IReadOnlyList<KeyValuePair<string, object?>>? Properties { get; }

        /// <summary>What every output and error for this row carries.</summary>
        public object? Input { get; }
    }
}
