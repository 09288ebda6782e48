using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Cmdlets.Binding;

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

        /// <summary>One bound row (the parameters hold its values), or null for a null pipeline object.</summary>
        internal abstract void AddRow(PSObject? input);

        internal abstract Task RejectRowAsync(PSObject input, string? field, string message, CancellationToken cancellationToken);

        internal abstract void WarnUnknownKey(string key);

        protected override void ProcessRecord()
        {
            if (!MyInvocation.ExpectingInput && MyInvocation.BoundParameters.ContainsKey(nameof(InputObject)))
            {
                // An array given to -InputObject: each element is bound here as PowerShell binds a piped row; none (an empty CSV) is nothing.
                foreach (var input in InputObject ?? new PSObject[0])
                {
                    if (input == null) AddRow(null);
                    else if (input.BaseObject is IDictionary entries) AddBound(input, entries, warnUnknown: true);
                    else AddBound(input, PipelineProperties.Of(input), warnUnknown: false);
                }

                return;
            }

            var piped = InputObject?.FirstOrDefault();
            if (piped?.BaseObject is IDictionary hashtable) AddBound(piped, hashtable, warnUnknown: true);
            else if (piped != null && SkippedPropertyCheck.Find(this, piped) is { } skipped) Reject(piped, skipped);
            else AddRow(piped);
        }

        private void AddBound(PSObject input, IDictionary row, bool warnUnknown)
        {
            Action<string>? unknownKey = warnUnknown ? key => Run(() => WarnUnknownKey(key)) : null;
            try
            {
                using (DictionaryRowBinder.Bind(this, row, unknownKey: unknownKey)) AddRow(input);
            }
            catch (PSArgumentException ex)
            {
                Reject(input, ex);
            }
        }

        private void Reject(PSObject input, PSArgumentException problem) =>
            RunAsync(token => RejectRowAsync(input, problem.ParamName, problem.Message, token));
    }
}
