using System;
using System.Collections.Generic;
using System.Linq;

namespace GenesysCalls.Core.Rows
{
    /// <summary>How a cell's value is read into a parameter's value.</summary>
    internal enum CellKind
    {
        /// <summary>One text value (numbers and dates written culture-invariantly).</summary>
        Text,

        /// <summary>A whole number.</summary>
        Int32,

        /// <summary>One or more text values: a list stays a list, one cell is one value.</summary>
        TextList,

        /// <summary>A list whose cells may hold several values separated by commas ("id1,id2").</summary>
        CommaList,

        /// <summary>Kept as given: JSON object text or a dictionary (attributes, data), a date-time read later by its own rules.</summary>
        AsGiven,

        /// <summary>A CreateCallRequest, or its JSON text (read as Test-CallPayload reads it).</summary>
        CallRequest,

        /// <summary>A CreateCallbackCommand (Test-CallPayload -Kind Callback's Callback).</summary>
        CallbackRequest,

        /// <summary>A CallContact, or its text ('+15551234567', 'user:&lt;id&gt;', 'queue:&lt;id&gt;').</summary>
        Contact,
    }

    /// <summary>One parameter a row's column (or a piped value) can give: its name, aliases, and how a cell is read into it.</summary>
    internal sealed class RowField
    {
        public RowField(string parameter, CellKind kind, params string[] aliases)
        {
            Parameter = parameter;
            Kind = kind;
            Aliases = aliases;
        }

        public string Parameter { get; }

        public IReadOnlyList<string> Aliases { get; }

        public CellKind Kind { get; }

        /// <summary>A piped value that is not a row (text, a number, a CallContact) is this field's value, as ValueFromPipeline binds it.</summary>
        public bool ByValue { get; set; }

        /// <summary>A row's column of this name gives it (false: only a piped value does, such as Test-CallPayload's -Json).</summary>
        public bool FromColumn { get; set; } = true;

        public IEnumerable<string> Names => new[] { Parameter }.Concat(Aliases);

        public bool IsNamed(string column) => Names.Contains(column.Trim(), StringComparer.OrdinalIgnoreCase);
    }
}
