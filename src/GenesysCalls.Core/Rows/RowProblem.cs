namespace GenesysCalls.Core.Rows
{
    /// <summary>Why a row could not be read (a cell that does not convert, columns that bind to nothing): that row's error.</summary>
    internal sealed class RowProblem
    {
        public RowProblem(string? field, string message)
        {
            Field = field;
            Message = message;
        }

        /// <summary>The column or parameter the problem is in, when it is one.</summary>
        public string? Field { get; }

        /// <summary>What follows "Not sent: ".</summary>
        public string Message { get; }

        /// <summary>The message standing alone, as a sentence of its own.</summary>
        public string Sentence => Message.Length == 0 ? Message : char.ToUpperInvariant(Message[0]) + Message.Substring(1);

        /// <summary>What the row's error advises.</summary>
        public string? RecommendedAction => Field != null ? "Fix the " + Field + " value of this row." : null;
    }
}
