using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// The one shape of every command, so the cmdlet base owns the lifecycle: created (begun) with its output and session,
    /// then <see cref="CommandOperation{TInput}.ProcessAsync"/> per input, <see cref="CompleteAsync"/> once at the end,
    /// and <see cref="Stop"/> from any thread.
    /// </summary>
    internal abstract class CommandOperation
    {
        private static readonly UnreportedResult[] None = new UnreportedResult[0];

        /// <summary>Asynchronous preparation before the first input (reading what the inputs are checked against).</summary>
        public virtual Task BeginAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        /// <summary>Finishes what the inputs started (the last window, the waits), then releases what the command holds.</summary>
        public virtual Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        /// <summary>Signals a stop and returns at once: never blocks the host; what must be torn down is torn down asynchronously.</summary>
        public virtual void Stop()
        {
        }

        /// <summary>What was sent and not written when the pipeline stopped, taken once.</summary>
        public virtual IReadOnlyList<UnreportedResult> TakeUnreported() => None;
    }

    /// <inheritdoc />
    internal abstract class CommandOperation<TInput> : CommandOperation
    {
        /// <summary>One input: its output or its error, in input order (the windowed commands may hold it until its window runs).</summary>
        public abstract Task ProcessAsync(TInput input, CancellationToken cancellationToken);
    }
}
