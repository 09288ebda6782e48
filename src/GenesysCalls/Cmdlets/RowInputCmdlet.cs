using System.Management.Automation;

namespace GenesysCalls.Cmdlets
{
    /// <summary>
    /// A cmdlet that takes rows (CSV lines, hashtables, objects) the way New-OutboundCall does: the core's row reader reads each
    /// one by the cmdlet's field table (see <see cref="GenesysCmdlet.Rows"/>), and a row that cannot be read is that row's error.
    /// </summary>
    public abstract class RowInputCmdlet : ConnectedCmdlet
    {
        /// <summary>
        /// Rows (CSV lines, hashtables, objects), each carried into its output or error; given as an array (not piped), each element
        /// is a row, and the total is known for the progress bar.
        /// </summary>
        [Parameter(ValueFromPipeline = true)]
        public PSObject[] InputObject { get; set; } = new PSObject[0];

        /// <summary>How many rows -InputObject holds when given as an array (not piped): progress then shows a percentage.</summary>
        internal int? ExpectedTotal =>
            MyInvocation.ExpectingInput || InputObject == null || InputObject.Length == 0 ? (int?)null : InputObject.Length;
    }
}
