using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets.Hosting
{
    /// <summary>
    /// Adapts ICommandOutput to the cmdlet's Write* methods. PowerShell only accepts those calls on the pipeline
    /// thread, so calls from async work elsewhere are queued and run there while Run waits.
    /// </summary>
    internal sealed class CmdletOutput : ICommandOutput
    {
        private readonly PSCmdlet _cmdlet;
        private readonly int _pipelineThreadId = Thread.CurrentThread.ManagedThreadId;
        private BlockingCollection<Action>? _queue;
        private CancellationToken _stopping;

        public CmdletOutput(PSCmdlet cmdlet)
        {
            _cmdlet = cmdlet;
        }

        public void Run(Func<CancellationToken, Task> work, CancellationToken stopping)
        {
            _stopping = stopping;
            using var queue = new BlockingCollection<Action>();
            _queue = queue;
            var task = Task.Run(() => work(stopping), stopping);
            task.ContinueWith(_ => queue.CompleteAdding(), TaskScheduler.Default);
            try
            {
                foreach (var action in queue.GetConsumingEnumerable())
                {
                    action();
                }
            }
            finally
            {
                _queue = null;
            }

            task.GetAwaiter().GetResult();
        }

        public void WriteObject(object value) => OnPipelineThread(() => _cmdlet.WriteObject(value));

        public void WriteError(CommandError error) => OnPipelineThread(() => _cmdlet.WriteError(ErrorRecords.From(error)));

        public bool ShouldProcess(string target, string action)
        {
            var answer = false;
            OnPipelineThread(() => answer = _cmdlet.ShouldProcess(target, action));
            return answer;
        }

        public void WriteProgress(ProgressUpdate progress) => OnPipelineThread(() =>
        {
            var record = new ProgressRecord(progress.ActivityId, progress.Activity, progress.Status)
            {
                PercentComplete = progress.PercentComplete,
                RecordType = progress.Completed ? ProgressRecordType.Completed : ProgressRecordType.Processing,
            };
            _cmdlet.WriteProgress(record);
        });

        public void WriteVerbose(string message) => OnPipelineThread(() => _cmdlet.WriteVerbose(message));

        public void WriteDebug(string message) => OnPipelineThread(() => _cmdlet.WriteDebug(message));

        public void WriteWarning(string message) => OnPipelineThread(() => _cmdlet.WriteWarning(message));

        private void OnPipelineThread(Action action)
        {
            var queue = _queue;
            if (queue == null || Thread.CurrentThread.ManagedThreadId == _pipelineThreadId)
            {
                action();
                return;
            }

            Exception? failure = null;
            using var done = new ManualResetEventSlim();
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
            done.Wait(_stopping);
            if (failure != null)
            {
                throw new OperationCanceledException("The pipeline stopped.", failure);
            }
        }
    }
}
