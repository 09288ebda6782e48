namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// A create sent before the pipeline stopped whose outcome was not written: the object to write when it still can be, and
    /// words that name it in the stopping error when it cannot.
    /// </summary>
    internal sealed class UnreportedResult
    {
        public UnreportedResult(object? output, string description)
        {
            Output = output;
            Description = description;
        }

        /// <summary>What the command would have written; null when the answer was never read (the outcome is unknown).</summary>
        public object? Output { get; }

        public string Description { get; }
    }
}
