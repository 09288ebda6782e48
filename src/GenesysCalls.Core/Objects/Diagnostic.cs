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
            Level = severity;
            Code = code;
            Path = path;
            Message = message;
            Hint = hint ?? string.Empty;
        }

        /// <summary>"Error" or "Warning" (text, so ConvertTo-Json and Export-Csv write the word).</summary>
        public string Severity => Level.ToString();

        internal DiagnosticSeverity Level { get; }

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
