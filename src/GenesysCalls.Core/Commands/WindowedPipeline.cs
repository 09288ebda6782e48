using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// How every command here takes streamed input: items are collected into windows (at most MaxItems, and MaxBytes when
    /// items have sizes); each window gets one bulk step (reads, a send), then each item's own work starts in input order
    /// with at most ParallelLimit in flight. Only one window is ever in memory, so input of any length streams through.
    /// Progress counts items done, with a percentage when the total is known.
    /// </summary>
    internal sealed class WindowedPipeline<T>
    {
        private readonly Func<IReadOnlyList<T>, CancellationToken, Task> _perWindow;
        private readonly Func<T, CancellationToken, Task>? _perItem;
        private List<T> _items = new List<T>();
        private long _bytes;
        private int _done;

        public WindowedPipeline(int maxItems, Func<IReadOnlyList<T>, CancellationToken, Task> perWindow, Func<T, CancellationToken, Task>? perItem = null)
        {
            if (maxItems < 1) throw new ArgumentOutOfRangeException(nameof(maxItems));
            MaxItems = maxItems;
            _perWindow = perWindow;
            _perItem = perItem;
        }

        public int MaxItems { get; }

        public long MaxBytes { get; set; } = long.MaxValue;

        /// <summary>Items whose work runs at once; 1 runs them strictly one after another.</summary>
        public int ParallelLimit { get; set; } = 1;

        /// <summary>How many items are coming, when the command knows (an array parameter): the bar then shows a percentage.</summary>
        public int? ExpectedTotal { get; set; }

        public PipelineProgress? Progress { get; set; }

        /// <summary>Items added so far.</summary>
        public int Seen { get; private set; }

        public int Pending => _items.Count;

        public Task AddAsync(T item, CancellationToken cancellationToken) => AddAsync(item, 0, cancellationToken);

        /// <summary>Adds an item of the given size: the window runs first when the item would not fit in it, and after it when full.</summary>
        public async Task AddAsync(T item, long bytes, CancellationToken cancellationToken)
        {
            Seen++;
            if (_items.Count > 0 && _bytes + bytes > MaxBytes) await FlushAsync(cancellationToken).ConfigureAwait(false);
            _items.Add(item);
            _bytes += bytes;
            if (_items.Count >= MaxItems) await FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Runs the window now, however full.</summary>
        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (_items.Count == 0) return;
            var window = _items;
            _items = new List<T>();
            _bytes = 0;
            await _perWindow(window, cancellationToken).ConfigureAwait(false);
            if (_perItem == null) Interlocked.Add(ref _done, window.Count);
            else await OrderedFanOut.RunAsync(window, ParallelLimit, item => RunItemAsync(item, cancellationToken), cancellationToken)
                .ConfigureAwait(false);
            Report();
        }

        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
            Progress?.Reporter.Complete();
        }

        private async Task RunItemAsync(T item, CancellationToken cancellationToken)
        {
            await _perItem!(item, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _done);
            if (ParallelLimit <= 1) Report();
        }

        private void Report()
        {
            if (Progress == null || !(Seen > Progress.ShownAbove || ExpectedTotal > Progress.ShownAbove)) return;
            var done = Volatile.Read(ref _done);
            Progress.Reporter.Report(done, ExpectedTotal, done + (ExpectedTotal is { } total ? " of " + total : string.Empty) + " " + Progress.Unit);
        }
    }

    /// <summary>A pipeline's progress bar: shown once the input is larger than ShownAbove items.</summary>
    internal sealed class PipelineProgress
    {
        public PipelineProgress(ProgressReporter reporter, string unit, int shownAbove)
        {
            Reporter = reporter;
            Unit = unit;
            ShownAbove = shownAbove;
        }

        public ProgressReporter Reporter { get; }

        /// <summary>What is counted, e.g. "rows processed".</summary>
        public string Unit { get; }

        public int ShownAbove { get; }
    }
}
