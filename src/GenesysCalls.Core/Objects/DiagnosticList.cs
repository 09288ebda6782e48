using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace GenesysCalls
{
    /// <summary>A report's findings. As text (Export-Csv, string interpolation) it reads as the findings, one after another.</summary>
    public sealed class DiagnosticList : ReadOnlyCollection<Diagnostic>
    {
        internal DiagnosticList(IList<Diagnostic> diagnostics)
            : base(diagnostics)
        {
        }

        public override string ToString() => string.Join(" | ", this);
    }
}
