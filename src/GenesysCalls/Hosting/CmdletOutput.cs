using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets.Hosting
{
    /// <summary>Adapts ICommandOutput to the cmdlet's Write* methods, each run on the pipeline thread (see PipelineThread).</summary>
    internal sealed class CmdletOutput : ICommandOutput
    {
        private readonly PSCmdlet _cmdlet;
        private readonly PipelineThread _pipelineThread = new PipelineThread();
        private readonly Dictionary<int, string> _openProgress = new Dictionary<int, string>();

        public CmdletOutput(PSCmdlet cmdlet)
        {
            _cmdlet = cmdlet;
        }

        public void Run(Func<CancellationToken, Task> work, CancellationToken stopping) => _pipelineThread.Run(work, stopping);

        public void WriteObject(object value) => _pipelineThread.Invoke(() =>
        {
            var wasStopping = _cmdlet.Stopping;
            try
            {
                _cmdlet.WriteObject(value);
            }
            catch (Exception) when (!wasStopping)
            {
                // The pipeline was running, so the object reached the next command, which then stopped it (Select-Object -First).
                DeliveredAtStop = value;
                throw;
            }
        });

        /// <summary>The object whose delivery stopped the pipeline (Select-Object -First), so it is not reported as lost.</summary>
        public object? DeliveredAtStop { get; private set; }

        /// <summary>The error whose writing stopped the pipeline (-ErrorAction Stop): the one the user's catch block sees.</summary>
        public ErrorRecord? StoppingError { get; private set; }

        public void WriteError(CommandError error) => _pipelineThread.Invoke(() =>
        {
            var record = ErrorRecords.From(error, _cmdlet);
            try
            {
                _cmdlet.WriteError(record);
            }
            catch (PipelineStoppedException)
            {
                StoppingError = record;
                throw;
            }
        });

        public bool ShouldProcess(string target, string action)
        {
            var answer = false;
            _pipelineThread.Invoke(() => answer = _cmdlet.ShouldProcess(target, action));
            return answer;
        }

        public void WriteProgress(ProgressUpdate progress) => _pipelineThread.Invoke(() =>
        {
            var record = new ProgressRecord(progress.ActivityId, progress.Activity, progress.Status)
            {
                PercentComplete = progress.PercentComplete,
                RecordType = progress.Completed ? ProgressRecordType.Completed : ProgressRecordType.Processing,
            };
            if (progress.Completed) _openProgress.Remove(progress.ActivityId);
            else _openProgress[progress.ActivityId] = progress.Activity;
            _cmdlet.WriteProgress(record);
        });

        /// <summary>
        /// Completes every activity still open, on the pipeline thread, as the command ends by whatever way (an error, a stop,
        /// Select-Object -First): a bar left open stays on the screen (and in a host's record) after the command.
        /// </summary>
        public void CompleteProgress()
        {
            foreach (var open in _openProgress.ToList())
            {
                _openProgress.Remove(open.Key);
                try
                {
                    _cmdlet.WriteProgress(new ProgressRecord(open.Key, open.Value, "Done") { RecordType = ProgressRecordType.Completed });
                }
                catch (Exception ex) when (ex is PipelineStoppedException || ex is InvalidOperationException || ex is RuntimeException)
                {
                    // The pipeline no longer takes records: the host closes what it shows when the pipeline ends.
                }
            }
        }

        public void WriteVerbose(string message) => _pipelineThread.Invoke(() => _cmdlet.WriteVerbose(message));

        public void WriteDebug(string message) => _pipelineThread.Invoke(() => _cmdlet.WriteDebug(message));

        public void WriteWarning(string message) => _pipelineThread.Invoke(() => _cmdlet.WriteWarning(message));
    }
}
