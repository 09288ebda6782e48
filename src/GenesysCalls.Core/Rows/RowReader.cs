using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Core.Rows
{
    /// <summary>
    /// The one way a row becomes a command's values, driven by the command's field table: parameters on the command line win,
    /// a blank cell is not given, and a cell that cannot be read is the row's problem (its error, in input order), never the command's.
    /// </summary>
    internal static class RowReader
    {
        /// <param name="commandLine">The parameters given on the command line (captured before any row was bound), by name.</param>
        public static RowValues Read(RowTable table, RowInput input, IReadOnlyDictionary<string, object?> commandLine)
        {
            var values = new RowValues(table, input);
            foreach (var field in table.Fields)
            {
                if (commandLine.TryGetValue(field.Parameter, out var given) && !Cells.IsBlank(given)) Take(values, field, field.Parameter, given);
            }

            if (input.Shape == RowShape.Value)
            {
                if (table.ByValue is { } byValue && !commandLine.ContainsKey(byValue.Parameter))
                {
                    Take(values, byValue, byValue.Parameter, input.Value);
                }

                return values;
            }

            var unbound = new List<string>();
            foreach (var cell in input.Cells)
            {
                var field = table.Find(cell.Key);
                if (field == null)
                {
                    if (!Cells.IsBlank(cell.Value)) unbound.Add(cell.Key);
                    continue;
                }

                // The command line wins; of two columns for one field (OnBehalfOf and UserId), the first given.
                if (commandLine.ContainsKey(field.Parameter) || values.Has(field.Parameter) || Cells.IsBlank(cell.Value)) continue;
                Take(values, field, cell.Key, cell.Value);
            }

            if (input.Shape == RowShape.Record || input.Shape == RowShape.Dictionary)
            {
                values.Unbound = unbound.Select(c => Cells.Describe(c, table.Meant(c))).ToArray();
            }

            if (input.Shape == RowShape.Dictionary) values.UnknownKeys = unbound.ToArray();
            return values;
        }

        private static void Take(RowValues values, RowField field, string column, object? cell)
        {
            try
            {
                if (Convert(field.Kind, cell) is { } value) values.Set(field.Parameter, value);
            }
            catch (RowCellException ex)
            {
                values.NotRead(column, cell);
                // Lower case: the message follows "Not sent: " (New-OutboundCall, New-OutboundCallback), as one sentence.
                values.Problem ??= new RowProblem(column, "the " + column + " value '" + Cells.Text(cell) + "' is not " + ex.Message
                    + "; " + ex.Fix + ".");
            }
        }

        private static object? Convert(CellKind kind, object? cell)
        {
            if (Cells.IsBlank(cell)) return null;
            switch (kind)
            {
                case CellKind.Text:
                    var texts = Cells.Texts(cell);
                    if (texts.Length != 1) throw new RowCellException("one text value: it is a list of " + texts.Length, "give one value");
                    return texts[0].Trim().Length == 0 ? null : texts[0];
                case CellKind.Int32:
                    return Cells.WholeNumber(cell)
                        ?? throw new RowCellException("a whole number", "give a whole number such as 5, or leave it blank");
                case CellKind.TextList:
                    return Cells.Texts(cell);
                case CellKind.CommaList:
                    // A CSV cell holds one text: "id1,id2" names two (ids never contain commas).
                    return Cells.Texts(cell).SelectMany(text => text.Split(',')).Select(id => id.Trim()).Where(id => id.Length > 0).ToArray();
                case CellKind.CallRequest:
                    return cell switch
                    {
                        CreateCallRequest request => request,
                        string json => CallPayloadChecker.ReadRequest(json),
                        _ => throw new RowCellException("a CreateCallRequest or its JSON text",
                            "give Test-CallPayload's Request, or the JSON text of a CreateCallRequest"),
                    };
                case CellKind.CallbackRequest:
                    return cell as CreateCallbackCommand
                        ?? throw new RowCellException("a CreateCallbackCommand", "give Test-CallPayload -Kind Callback's Callback");
                case CellKind.Contact:
                    if (cell is CallContact contact) return contact;
                    if (cell is IEnumerable && !(cell is string))
                    {
                        throw new RowCellException("a contact: it is a list", "give one phone number or CallContact");
                    }

                    return new CallContact(Cells.Text(cell));
                default:
                    return cell;
            }
        }

        private sealed class RowCellException : Exception
        {
            public RowCellException(string message, string fix)
                : base(message)
            {
                Fix = fix;
            }

            /// <summary>How to write the value instead.</summary>
            public string Fix { get; }
        }
    }
}
