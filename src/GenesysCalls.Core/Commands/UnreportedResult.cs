using System.Collections.Concurrent;
using System.Collections.Generic;

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

    /// <summary>The results a command kept when the pipeline stopped, taken once by the cmdlet as it ends.</summary>
    internal sealed class UnreportedResults
    {
        private readonly ConcurrentQueue<UnreportedResult> _queue = new ConcurrentQueue<UnreportedResult>();

        public void Add(object? output, string description) => _queue.Enqueue(new UnreportedResult(output, description));

        public IReadOnlyList<UnreportedResult> TakeAll()
        {
            var taken = new List<UnreportedResult>();
            while (_queue.TryDequeue(out var item)) taken.Add(item);
            return taken;
        }
    }
}
