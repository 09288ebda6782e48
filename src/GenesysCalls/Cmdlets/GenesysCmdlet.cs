using System;
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
                ThrowTerminatingError(ErrorRecords.From(ex.Error));
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
                ThrowTerminatingError(ErrorRecords.From(ex.Error));
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }
    }
}
