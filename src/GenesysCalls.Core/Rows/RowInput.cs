using System.Collections.Generic;

namespace GenesysCalls.Core.Rows
{
    /// <summary>What a pipeline object is to the row reader.</summary>
    internal enum RowShape
    {
        /// <summary>Nothing was piped: the command line alone gives the values.</summary>
        None,

        /// <summary>A piped $null.</summary>
        Null,

        /// <summary>Text, a number, a CallContact: the table's by-value field.</summary>
        Value,

        /// <summary>One of the module's own objects (namespace GenesysCalls), taken typed.</summary>
        Own,

        /// <summary>A hashtable or dictionary: typed on purpose, so a key that names nothing is warned about.</summary>
        Dictionary,

        /// <summary>A CSV row (PSCustomObject): a column that names nothing is named in the row's error.</summary>
        Record,

        /// <summary>Any other object: its properties.</summary>
        Object,
    }

    /// <summary>A pipeline object as the host hands it over: its shape and its cells (column, value) in order, plain values only.</summary>
    internal sealed class RowInput
    {
        public static readonly RowInput Nothing = new RowInput(RowShape.None, null, null, new KeyValuePair<string, object?>[0]);

        public RowInput(RowShape shape, object? target, object? value, IReadOnlyList<KeyValuePair<string, object?>> cells)
        {
            Shape = shape;
            Target = target;
            Value = value;
            Cells = cells;
        }

        public RowShape Shape { get; }

        /// <summary>The pipeline object as it came (a PSObject): what the row's output and errors carry.</summary>
        public object? Target { get; }

        /// <summary>The unwrapped value (text, a number, one of our own objects).</summary>
        public object? Value { get; }

        public IReadOnlyList<KeyValuePair<string, object?>> Cells { get; }
    }
}
