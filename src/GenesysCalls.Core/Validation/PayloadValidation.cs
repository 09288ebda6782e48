using System.Collections.Generic;
using System.Linq;

namespace GenesysCalls.Core.Validation
{
    /// <summary>What the validator found, and the typed request when the body was a JSON object.</summary>
    internal sealed class PayloadValidation
    {
        public PayloadValidation(IReadOnlyList<Diagnostic> diagnostics, CreateCallRequest? request, CreateCallbackCommand? callback = null)
        {
            Diagnostics = diagnostics;
            Request = request;
            Callback = callback;
        }

        /// <summary>The typed callback body, when a CreateCallbackCommand was checked.</summary>
        public CreateCallbackCommand? Callback { get; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        public CreateCallRequest? Request { get; }

        public bool IsValid => Diagnostics.All(d => d.Level != DiagnosticSeverity.Error);
    }
}
