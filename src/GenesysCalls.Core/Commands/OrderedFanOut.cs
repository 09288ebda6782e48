using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace GenesysCalls.Core.Commands
{
    /// <summary>Runs work for items in input order, at most <c>limit</c> at a time; with a limit of 1, strictly one after another.</summary>
    internal static class OrderedFanOut
    {
        public static async Task RunAsync<T>(IReadOnlyList<T> items, int limit, Func<T, Task> work, CancellationToken cancellationToken)
        {
            if (limit <= 1)
            {
                foreach (var item in items) await work(item).ConfigureAwait(false);
                return;
            }

            using var gate = new SemaphoreSlim(limit);
            var running = new List<Task>(items.Count);
            try
            {
                foreach (var item in items)
                {
                    await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                    running.Add(RunOneAsync(item, work, gate));
                }
            }
            finally
            {
                // Never leave work running behind the caller, even when it stops early.
                await Task.WhenAll(running).ConfigureAwait(false);
            }
        }

        private static async Task RunOneAsync<T>(T item, Func<T, Task> work, SemaphoreSlim gate)
        {
            try
            {
                await work(item).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
