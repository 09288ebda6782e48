namespace GenesysCalls
{
    public enum DiagnosticSeverity
    {
        Error,
        Warning,
    }

    /// <summary>One finding about a call payload: where it is, what is wrong, and how to fix it.</summary>
    public sealed class Diagnostic
    {
        internal Diagnostic(DiagnosticSeverity severity, string code, string path, string message, string? hint)
        {
            Severity = severity;
            Code = code;
            Path = path;
            Message = message;
            Hint = hint ?? string.Empty;
        }

        public DiagnosticSeverity Severity { get; }

        /// <summary>The Genesys error code the service would answer with, or a stable genesyscalls.* code.</summary>
        public string Code { get; }

        /// <summary>Dotted path such as participants[0].to; empty for the whole body.</summary>
        public string Path { get; }

        public string Message { get; }

        public string Hint { get; }

        public override string ToString()
        {
            var where = Path.Length == 0 ? "body" : Path;
            var text = Severity + " " + Code + " at " + where + ": " + Message;
            return Hint.Length == 0 ? text : text + " Fix: " + Hint;
        }
    }
}
