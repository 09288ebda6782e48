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
        private ProgressReporter? _progress;
        private string _unit = string.Empty;
        private int _progressAbove;

        public WindowedPipeline(int maxItems, Func<IReadOnlyList<T>, CancellationToken, Task> perWindow,
            Func<T, CancellationToken, Task>? perItem = null)
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

        /// <summary>Shows a progress bar counting <paramref name="unit"/> (e.g. "rows processed") once the input has more than
        /// <paramref name="shownAbove"/> items.</summary>
        public WindowedPipeline<T> WithProgress(ProgressReporter reporter, string unit, int shownAbove)
        {
            _progress = reporter;
            _unit = unit;
            _progressAbove = shownAbove;
            return this;
        }

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
            Report(force: true);
        }

        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
            _progress?.Complete();
        }

        private async Task RunItemAsync(T item, CancellationToken cancellationToken)
        {
            await _perItem!(item, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _done);
            if (ParallelLimit <= 1) Report();
        }

        private void Report(bool force = false)
        {
            if (_progress == null || !(Seen > _progressAbove || ExpectedTotal > _progressAbove)) return;
            var done = Volatile.Read(ref _done);
            _progress.Report(done, ExpectedTotal, done + (ExpectedTotal is { } total ? " of " + total : string.Empty) + " " + _unit, force);
        }
    }
}
