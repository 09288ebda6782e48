namespace GenesysCalls.Core.Completion
{
    /// <summary>One tab-completion answer: what is inserted, and what the list shows.</summary>
    internal sealed class CompletionItem
    {
        public CompletionItem(string value, string display)
        {
            Value = value;
            Display = display;
        }

        public string Value { get; }

        public string Display { get; }
    }
}
