using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Cmdlets.Hosting;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Rows;

namespace GenesysCalls.Cmdlets
{
    /// <summary>
    /// The one lifecycle every cmdlet shares: a derived cmdlet declares parameters and says how to create its operation (<see cref="Begin"/>);
    /// this class runs it (the pipeline thread, Ctrl+C, terminating errors, progress closed on every exit, nothing placed left unreported).
    /// </summary>
    public abstract class GenesysCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private CmdletOutput? _output;
        private CommandRun? _run;
        private IReadOnlyDictionary<string, object?> _commandLine = new Dictionary<string, object?>();

        internal CmdletOutput Output => _output ??= new CmdletOutput(this);

        internal CancellationToken StopToken => _stopping.Token;

        public void Dispose()
        {
            // A stop between records ends here without EndProcessing: whatever the operation holds is let go, without waiting,
            // and its bars are closed (a cmdlet upstream of the one that was running when Ctrl+C came).
            _run?.Operation.Stop();
            _output?.CompleteProgress();
            _stopping.Dispose();
            GC.SuppressFinalize(this);
        }

        /// <summary>Creates the command's operation from the parameters (and the session), with where each record's inputs come from.</summary>
        internal abstract CommandRun Begin();

        protected sealed override void BeginProcessing() => Step(() =>
        {
            // Bound now, before any row: these are the command line's, and they win over every row's columns.
            _commandLine = MyInvocation.BoundParameters.ToDictionary(p => p.Key, p => PSObjectConverter.ToPlain(p.Value),
                StringComparer.OrdinalIgnoreCase);
            Run(() => _run = Begin());
            RunAsync(_run!.Operation.BeginAsync);
        });

        protected sealed override void ProcessRecord() => Step(() =>
        {
            IReadOnlyList<Func<CancellationToken, Task>> inputs = new Func<CancellationToken, Task>[0];
            Run(() => inputs = _run!.Record());
            foreach (var input in inputs) RunAsync(input);
        });

        protected sealed override void EndProcessing() => Step(() =>
        {
            RunAsync(_run!.Operation.CompleteAsync);
            Output.CompleteProgress();
        });

        /// <summary>
        /// A command whose inputs are rows: each pipeline object (or each element of an -InputObject array given on the command
        /// line, or the command line alone) is read by the core's row reader with <paramref name="table"/>, the command line winning.
        /// </summary>
        internal CommandRun Rows<TInput>(CommandOperation<TInput> operation, RowTable<TInput> table, Func<IEnumerable?> inputObjects) =>
            CommandRun.Of(operation, () => ReadRows(table, inputObjects));

        private IEnumerable<TInput> ReadRows<TInput>(RowTable<TInput> table, Func<IEnumerable?> inputObjects)
        {
            var alone = !MyInvocation.ExpectingInput && !MyInvocation.BoundParameters.ContainsKey("InputObject");
            // A piped $null is a row (and gets its error); -InputObject $null given on the command line (an empty CSV) is no rows.
            var given = inputObjects() ?? (MyInvocation.ExpectingInput ? new object?[] { null } : new object?[0]);
            // Given on the command line, -InputObject $rows is its elements, each a row, exactly as if they were piped.
            var items = MyInvocation.ExpectingInput ? given.Cast<object?>() : given.Cast<object?>().SelectMany(Elements);
            var rows = alone ? new[] { RowInput.Nothing } : items.Select(RowCells.From);
            return rows.SelectMany(row => table.Build(RowReader.Read(table, row, _commandLine))).ToList();
        }

        /// <summary>An -InputObject value as the pipeline enumerates it: a list is its elements; text, a hashtable, an object is itself.</summary>
        internal static IEnumerable<object?> Elements(object? value) =>
            LanguagePrimitives.GetEnumerable(value is PSObject wrapped ? wrapped.BaseObject : value)?.Cast<object?>() ?? new[] { value };

        /// <summary>Ctrl+C: signals the work to stop and returns at once; the pipeline thread ends it.</summary>
        protected sealed override void StopProcessing()
        {
            _stopping.Cancel();
            _run?.Operation.Stop();
        }

        private void Step(Action step)
        {
            try
            {
                step();
            }
            catch
            {
                _run?.Operation.Stop();
                Output.CompleteProgress();
                throw;
            }
        }

        private void Run(Action action)
        {
            try
            {
                action();
            }
            catch (CommandTerminatingException ex)
            {
                Output.CompleteProgress();
                ThrowTerminatingError(ErrorRecords.From(ex.Error, this));
            }
        }

        private void RunAsync(Func<CancellationToken, Task> work)
        {
            try
            {
                Output.Run(work, StopToken);
            }
            catch (CommandTerminatingException ex)
            {
                var record = ErrorRecords.From(ex.Error, this);
                ReportUnreported(record);
                Output.CompleteProgress();
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

        /// <summary>
        /// Writes what the stop kept from being written (an -ErrorAction Stop leaves the pipeline open for it); what still cannot be
        /// written is named in the stopping error, or, when there is none to name it in (Ctrl+C, Select-Object -First), in a warning.
        /// </summary>
        private void ReportUnreported(ErrorRecord? stop)
        {
            var unwritten = new List<string>();
            foreach (var result in _run?.Operation.TakeUnreported() ?? new UnreportedResult[0])
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
