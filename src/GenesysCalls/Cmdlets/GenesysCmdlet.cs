using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Cmdlets.Hosting;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    /// <summary>What every cmdlet shares: the output adapter, Ctrl+C, and turning terminating command errors into ThrowTerminatingError.</summary>
    public abstract class GenesysCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private CmdletOutput? _output;

        internal CmdletOutput Output => _output ??= new CmdletOutput(this);

        internal CancellationToken StopToken => _stopping.Token;

        public void Dispose()
        {
            _stopping.Dispose();
            GC.SuppressFinalize(this);
        }

        protected override void StopProcessing() => _stopping.Cancel();

        internal void Run(Action action)
        {
            try
            {
                action();
            }
            catch (CommandTerminatingException ex)
            {
                ThrowTerminatingError(ErrorRecords.From(ex.Error, this));
            }
        }

        internal void RunAsync(Func<CancellationToken, Task> work)
        {
            try
            {
                Output.Run(work, StopToken);
            }
            catch (CommandTerminatingException ex)
            {
                var record = ErrorRecords.From(ex.Error, this);
                ReportUnreported(record);
                ThrowTerminatingError(record);
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                ReportUnreported(null);
                throw new PipelineStoppedException();
            }
            catch (Exception)
            {
                ReportUnreported(Output.StoppingError);
                throw;
            }
        }

        /// <summary>Creates this command sent whose outcome was not written when the pipeline stopped.</summary>
        internal virtual IReadOnlyList<UnreportedResult> TakeUnreported() => new UnreportedResult[0];

        /// <summary>
        /// Writes what the stop kept from being written (an -ErrorAction Stop leaves the pipeline open for it); what still cannot be
        /// written is named in the stopping error, or, when there is none to name it in (Ctrl+C, Select-Object -First), in a warning.
        /// </summary>
        private void ReportUnreported(ErrorRecord? stop)
        {
            var unwritten = new List<string>();
            foreach (var result in TakeUnreported())
            {
                if (result.Output != null && ReferenceEquals(result.Output, Output.DeliveredAtStop)) continue;
                try
                {
                    if (result.Output == null) unwritten.Add(result.Description);
                    else WriteObject(result.Output);
                }
                catch (Exception ex) when (ex is PipelineStoppedException || ex is InvalidOperationException || ex is RuntimeException)
                {
                    unwritten.Add(result.Description);
                }
            }

            if (unwritten.Count == 0) return;
            var text = "Sent before the pipeline stopped, and not written: " + string.Join("; ", unwritten) + ".";
            if (stop != null)
            {
                stop.ErrorDetails = new ErrorDetails((stop.ErrorDetails?.Message ?? stop.Exception.Message) + " " + text)
                {
                    RecommendedAction = stop.ErrorDetails?.RecommendedAction ?? string.Empty,
                };
                return;
            }

            try
            {
                WriteWarning(text);
            }
            catch (Exception ex) when (ex is PipelineStoppedException || ex is InvalidOperationException || ex is RuntimeException)
            {
                Host.UI.WriteWarningLine(text);
            }
        }
    }
}
