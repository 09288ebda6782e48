using System;
using System.Collections.Generic;
using System.Linq;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Core.Rows
{
    /// <summary>One row read: each field's value (the command line's where it gave one), what could not be read, where it came from.</summary>
    internal sealed class RowValues
    {
        private readonly Dictionary<string, object> _values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        private readonly List<KeyValuePair<string, object?>> _unread = new List<KeyValuePair<string, object?>>();

        public RowValues(RowTable table, RowInput input)
        {
            Table = table;
            Input = input;
        }

        public RowTable Table { get; }

        public RowInput Input { get; }

        /// <summary>What the row's output and errors carry: the pipeline object as it came; null for the command line alone.</summary>
        public object? Target => Input.Shape == RowShape.None ? null : Input.Target;

        /// <summary>The module's own object the row is (an AgentPresence, an OutboundCall), taken typed.</summary>
        public object? Own => Input.Shape == RowShape.Own ? Input.Value : null;

        /// <summary>The first cell that could not be read (its error is the row's), or null.</summary>
        public RowProblem? Problem { get; internal set; }

        /// <summary>A CSV row's (or hashtable's) non-blank columns that name no field, each with the one it likely meant.</summary>
        public string[] Unbound { get; internal set; } = new string[0];

        /// <summary>A dictionary's keys that name no field (warned about: a hashtable is typed on purpose).</summary>
        public string[] UnknownKeys { get; internal set; } = new string[0];

        /// <summary>The columns the row had, for an error that says what it had and what it needs.</summary>
        public IReadOnlyList<string> Columns => Input.Cells.Select(c => c.Key).ToList();

        /// <summary>The cells that name a field and could not be read into it (Test-CallPayload keeps them in the body as given).</summary>
        public IReadOnlyList<KeyValuePair<string, object?>> Unread => _unread;

        public bool Has(string parameter) => _values.ContainsKey(parameter);

        public object? Get(string parameter) => _values.TryGetValue(parameter, out var value) ? value : null;

        public T? Get<T>(string parameter)
            where T : class => Get(parameter) as T;

        public string? Text(string parameter) => Get(parameter) as string;

        public int? Int(string parameter) => Get(parameter) as int?;

        public string[]? List(string parameter) => Get(parameter) as string[];

        /// <summary>
        /// Why the row names nothing the command needs: its columns for that (left blank), or the columns it had, and the ones it needs.
        /// </summary>
        public string NamesNothing(string what)
        {
            var blank = Input.Cells.Where(c => Table.Find(c.Key) != null).Select(c => c.Key).ToList();
            if (blank.Count > 0)
            {
                // A blank cell is "not given": the row has the right column, so say it is empty rather than suggest it again.
                return "The row's " + Cells.List(blank) + " cell" + (blank.Count == 1 ? " is" : "s are") + " empty, so it names no " + what
                    + "; fill " + (blank.Count == 1 ? "it" : "one of them") + ".";
            }

            var had = Input.Shape switch
            {
                RowShape.Null => "The input is null",
                RowShape.Value => "The input is empty",
                _ when Input.Cells.Count == 0 => "The row has no columns",
                _ => "The row's column" + (Input.Cells.Count == 1 ? " " : "s ")
                    + Cells.List(Input.Cells.Select(c => Cells.Describe(c.Key, Table.Meant(c.Key)))),
            };
            var verb = Input.Cells.Count == 0 ? ", so it names no " : Input.Cells.Count == 1 ? " names no " : " name no ";
            return had + verb + what + "; it needs " + Table.NeedsText + ".";
        }

        /// <summary>The terminating error of a command given neither the parameter nor any input (never a prompt: scripts must not hang).</summary>
        public CommandTerminatingException NothingGiven(Problem problem, string message) =>
            new CommandTerminatingException(new CommandError(problem, null, message));

        internal void Set(string parameter, object value) => _values[parameter] = value;

        internal void NotRead(string column, object? value) => _unread.Add(new KeyValuePair<string, object?>(column, value));
    }
}
