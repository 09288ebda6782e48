using System.Collections.Generic;
using System.Linq;

namespace GenesysCalls.Core.Validation
{
    /// <summary>What the validator found, and the typed request when the body was a JSON object.</summary>
    internal sealed class PayloadValidation
    {
        public PayloadValidation(IReadOnlyList<Diagnostic> diagnostics, CreateCallRequest? request)
        {
            Diagnostics = diagnostics;
            Request = request;
        }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        public CreateCallRequest? Request { get; }

        public bool IsValid => Diagnostics.All(d => d.Level != DiagnosticSeverity.Error);
    }
}
