using System.Collections.Generic;
using System.Linq;

namespace GenesysCalls
{
    /// <summary>Test-CallPayload's verdict on one input.</summary>
    public sealed class CallPayloadReport
    {
        internal CallPayloadReport(string source, string? path, IReadOnlyList<Diagnostic> diagnostics, CreateCallRequest? request,
            CreateCallbackCommand? callback = null, CallPayloadKind kind = CallPayloadKind.Call)
        {
            Kind = kind;
            Callback = callback;
            Source = source;
            Path = path;
            Diagnostics = new DiagnosticList(diagnostics.ToList());
            Request = request;
        }

        /// <summary>True when there is no error; warnings are allowed.</summary>
        public bool IsValid => ErrorCount == 0;

        public int ErrorCount => Diagnostics.Count(d => d.Level == DiagnosticSeverity.Error);

        public int WarningCount => Diagnostics.Count(d => d.Level == DiagnosticSeverity.Warning);

        public DiagnosticList Diagnostics { get; }

        /// <summary>"Json", "InputObject", or the file path.</summary>
        public string Source { get; }

        /// <summary>The file checked, when the input was a file.</summary>
        public string? Path { get; }

        /// <summary>The typed request when the body was a JSON object (even an invalid one: New-OutboundCall checks it again and refuses
        /// it).</summary>
        public CreateCallRequest? Request { get; }

        /// <summary>Call (a CreateCallRequest) or Callback (a CreateCallbackCommand).</summary>
        public CallPayloadKind Kind { get; }

        /// <summary>The typed callback body (-Kind Callback) when the body was a JSON object; New-OutboundCallback takes it as -Request.</summary>
        public CreateCallbackCommand? Callback { get; }

        public override string ToString() => (IsValid ? "Valid" : "Invalid") + " " + Source + " (" + ErrorCount + " error(s), " + WarningCount
            + " warning(s))";
    }
}
