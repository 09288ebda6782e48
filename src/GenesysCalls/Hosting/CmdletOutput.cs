using System;
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
            _cmdlet.WriteProgress(record);
        });

        public void WriteVerbose(string message) => _pipelineThread.Invoke(() => _cmdlet.WriteVerbose(message));

        public void WriteDebug(string message) => _pipelineThread.Invoke(() => _cmdlet.WriteDebug(message));

        public void WriteWarning(string message) => _pipelineThread.Invoke(() => _cmdlet.WriteWarning(message));
    }
}
