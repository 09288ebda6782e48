using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    /// <summary>A command's operation with where each record's inputs come from: what <see cref="GenesysCmdlet"/> runs.</summary>
    internal sealed class CommandRun
    {
        private readonly Func<IEnumerable<Func<CancellationToken, Task>>> _record;

        private CommandRun(CommandOperation operation, Func<IEnumerable<Func<CancellationToken, Task>>> record)
        {
            Operation = operation;
            _record = record;
        }

        public CommandOperation Operation { get; }

        /// <param name="inputs">The inputs of the current record (called once per ProcessRecord, with the parameters bound).</param>
        public static CommandRun Of<TInput>(CommandOperation<TInput> operation, Func<IEnumerable<TInput>> inputs) =>
            new CommandRun(operation, () => inputs().Select(input => (Func<CancellationToken, Task>)(token => operation.ProcessAsync(input, token))));

        /// <summary>The current record's work, one step per input, read before any of it runs.</summary>
        public IReadOnlyList<Func<CancellationToken, Task>> Record() => _record().ToList();
    }
}
