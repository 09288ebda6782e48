using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using GenesysCalls.Cmdlets.Binding;
using GenesysCalls.Core.Rows;

namespace GenesysCalls.Cmdlets
{
    /// <summary>
    /// A cmdlet that takes rows (CSV lines, hashtables, objects) the way New-OutboundCall does: piped rows bound by PowerShell,
    /// hashtables and -InputObject arrays bound here by the same rules, and a row that cannot be bound is that row's error.
    /// </summary>
    public abstract class RowInputCmdlet : ConnectedCmdlet
    {
        /// <summary>
        /// Rows (CSV lines, hashtables, objects), each carried into its output or error. Piped, PowerShell binds each row's
        /// properties; given as an array they are bound here the same way, and the total is known for the progress bar.
        /// </summary>
        [Parameter(ValueFromPipeline = true)]
        public PSObject[] InputObject { get; set; } = new PSObject[0];

        /// <summary>How many rows -InputObject holds when given as an array (not piped): progress then shows a percentage.</summary>
        internal int? ExpectedTotal =>
            MyInvocation.ExpectingInput || InputObject == null || InputObject.Length == 0 ? (int?)null : InputObject.Length;

        /// <summary>
        /// The current record's rows, each built by <paramref name="row"/> while the parameters hold its values; a row that cannot be
        /// bound is built with its problem, to be that row's error in input order.
        /// </summary>
        internal IReadOnlyList<TRow> ReadRows<TRow>(Func<PSObject?, RowProblem?, string[]?, TRow> row)
        {
            var rows = new List<TRow>();
            if (!MyInvocation.ExpectingInput && MyInvocation.BoundParameters.ContainsKey(nameof(InputObject)))
            {
                // An array given to -InputObject: each element is bound here as PowerShell binds a piped row; none (an empty CSV) is nothing.
                foreach (var input in InputObject ?? new PSObject[0])
                {
                    if (input == null) rows.Add(row(null, null, null));
                    else if (input.BaseObject is IDictionary entries) rows.Add(Bind(input, entries, true, row));
                    else rows.Add(Bind(input, PipelineProperties.Of(input), false, row));
                }

                return rows;
            }

            var piped = InputObject?.FirstOrDefault();
            if (piped?.BaseObject is IDictionary hashtable) rows.Add(Bind(piped, hashtable, true, row));
            else if (piped != null && SkippedPropertyCheck.Find(this, piped) is { } skipped) rows.Add(row(piped, Problem(skipped), null));
            else rows.Add(row(piped, null, null));
            return rows;
        }

        private TRow Bind<TRow>(PSObject input, IDictionary entries, bool warnUnknown, Func<PSObject?, RowProblem?, string[]?, TRow> row)
        {
            var unknown = new List<string>();
            try
            {
                using (DictionaryRowBinder.Bind(this, entries, unknownKey: warnUnknown ? unknown.Add : (Action<string>?)null))
                {
                    return row(input, null, unknown.ToArray());
                }
            }
            catch (PSArgumentException ex)
            {
                return row(input, Problem(ex), unknown.ToArray());
            }
        }

        private static RowProblem Problem(PSArgumentException problem) => new RowProblem(problem.ParamName, problem.Message);
    }
}
