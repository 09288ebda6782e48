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
    internal sealed class CmdletOutput : ICommandOutput, IStoppingErrors
    {
        private readonly PSCmdlet _cmdlet;
        private readonly PipelineThread _pipelineThread = new PipelineThread();
        private readonly Dictionary<int, string> _openProgress = new Dictionary<int, string>();
        private bool? _errorStops;

        // Our own source id, far above the engine's counter (which starts at 1): WriteProgress(ProgressRecord) refuses to write once the
        // pipeline is stopping, but ICommandRuntime.WriteProgress(sourceId, record) does not, so the bar can still be closed after Ctrl+C.
        private static long s_lastSourceId = 1L << 40;
        private readonly long _sourceId = Interlocked.Increment(ref s_lastSourceId);

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
            else
            {
                // As Cmdlet.WriteProgress does: a stopping pipeline takes no more news, and the worker learns it has stopped.
                if (_cmdlet.Stopping) throw new PipelineStoppedException();
                _openProgress[progress.ActivityId] = progress.Activity;
            }

            _cmdlet.CommandRuntime.WriteProgress(_sourceId, record);
        });

        /// <summary>
        /// Completes every activity still open, on the pipeline thread, as the command ends by whatever way (an error, a stop,
        /// Select-Object -First, Ctrl+C): a bar left open stays on the screen (and in a host's record) after the command.
        /// </summary>
        public void CompleteProgress()
        {
            foreach (var open in _openProgress.ToList())
            {
                _openProgress.Remove(open.Key);
                var record = new ProgressRecord(open.Key, open.Value, "Done") { RecordType = ProgressRecordType.Completed };
                try
                {
                    try
                    {
                        _cmdlet.CommandRuntime.WriteProgress(_sourceId, record);
                    }
                    catch (PipelineStoppedException) when (ShowsProgress())
                    {
                        // After Ctrl+C the runtime writes no progress at all (its preference check throws once stopping), but the host
                        // still takes it: the same source and activity id close the bar the command opened (and end it in a host's record).
                        _cmdlet.Host.UI.WriteProgress(_sourceId, record);
                    }
                }
                catch (Exception ex) when (ex is PipelineStoppedException || ex is InvalidOperationException || ex is RuntimeException)
                {
                    // The pipeline no longer takes records: the host closes what it shows when the pipeline ends.
                }
            }
        }

        /// <summary>-ErrorAction Stop (or Inquire, which may stop), else $ErrorActionPreference: what WriteError will do.</summary>
        public bool ErrorStopsCommand
        {
            get
            {
                if (_errorStops is { } known) return known;
                var stops = false;
                _pipelineThread.Invoke(() =>
                {
                    var preference = _cmdlet.MyInvocation.BoundParameters.TryGetValue("ErrorAction", out var bound) ? bound
                        : _cmdlet.SessionState.PSVariable.GetValue("ErrorActionPreference");
                    stops = LanguagePrimitives.TryConvertTo<ActionPreference>(preference, out var value)
                        && (value == ActionPreference.Stop || value == ActionPreference.Inquire);
                });
                return (_errorStops = stops).Value;
            }
        }

        /// <summary>Whether the records reach the host at all (-ProgressAction, else $ProgressPreference), as the runtime decides.</summary>
        private bool ShowsProgress()
        {
            var preference = _cmdlet.MyInvocation.BoundParameters.TryGetValue("ProgressAction", out var bound) ? bound
                : _cmdlet.SessionState.PSVariable.GetValue("ProgressPreference");
            return !(LanguagePrimitives.TryConvertTo<ActionPreference>(preference, out var value)
                && (value == ActionPreference.SilentlyContinue || value == ActionPreference.Ignore));
        }

        public void WriteVerbose(string message) => _pipelineThread.Invoke(() => _cmdlet.WriteVerbose(message));

        public void WriteDebug(string message) => _pipelineThread.Invoke(() => _cmdlet.WriteDebug(message));

        public void WriteWarning(string message) => _pipelineThread.Invoke(() => _cmdlet.WriteWarning(message));
    }
}
