using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// Runs a command's async work off the pipeline thread while everything it says reaches the host on the thread that
    /// called <see cref="Run"/>: PowerShell accepts WriteObject, WriteError and ShouldProcess only there.
    /// When a call fails on that thread (a downstream Select-Object -First, -ErrorAction Stop, Ctrl+C), the work is
    /// cancelled and awaited before the failure is rethrown, so nothing goes on sending after the cmdlet has stopped.
    /// </summary>
    internal sealed class PipelineThread
    {
        private readonly int _ownerThreadId = Environment.CurrentManagedThreadId;
        private BlockingCollection<Action>? _queue;
        private CancellationToken _workToken;
        private volatile bool _abandoned;

        public void Run(Func<CancellationToken, Task> work, CancellationToken stopping)
        {
            using var workStop = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            using var queue = new BlockingCollection<Action>();
            _workToken = workStop.Token;
            _abandoned = false;
            _queue = queue;
            var task = Task.Run(() => work(workStop.Token), CancellationToken.None);
            var closed = task.ContinueWith(_ => queue.CompleteAdding(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            try
            {
                foreach (var action in queue.GetConsumingEnumerable())
                {
                    action();
                }
            }
            catch
            {
                _abandoned = true;
                workStop.Cancel();
                closed.Wait();
                throw;
            }
            finally
            {
                _queue = null;
            }

            task.GetAwaiter().GetResult();
        }

        /// <summary>Runs <paramref name="action"/> on the pipeline thread and returns when it has run there.</summary>
        public void Invoke(Action action)
        {
            if (_abandoned) throw new OperationCanceledException("The pipeline has stopped.");
            var queue = _queue;
            if (queue == null || Environment.CurrentManagedThreadId == _ownerThreadId)
            {
                action();
                return;
            }

            Exception? failure = null;
            // Not disposed: after a cancelled wait the action may still be running on the pipeline thread and set it.
            var done = new ManualResetEventSlim();
            try
            {
                queue.Add(() =>
                {
                    try
                    {
                        action();
                    }
                    catch (Exception ex)
                    {
                        failure = ex;
                        throw;
                    }
                    finally
                    {
                        done.Set();
                    }
                });
            }
            catch (InvalidOperationException)
            {
                throw new OperationCanceledException("The pipeline has stopped.");
            }

            try
            {
                done.Wait(_workToken);
            }
            catch (OperationCanceledException) when (done.IsSet && failure == null)
            {
                // It ran before the stop was seen: what it wrote is written, and must not also be counted as lost.
            }

            if (failure != null) throw new OperationCanceledException("The pipeline stopped.", failure);
        }
    }
}
