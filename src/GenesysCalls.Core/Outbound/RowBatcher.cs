using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace GenesysCalls.Core.Outbound
{
    /// <summary>
    /// Collects items into batches of at most MaxItems and MaxBytes and hands each full batch to the sender as soon as it
    /// is full, so input of any length streams through with one batch in memory. Flush sends what is left.
    /// </summary>
    internal sealed class RowBatcher<T>
    {
        private readonly Func<IReadOnlyList<T>, CancellationToken, Task> _send;
        private List<T> _items = new List<T>();
        private long _bytes;

        public RowBatcher(int maxItems, long maxBytes, Func<IReadOnlyList<T>, CancellationToken, Task> send)
        {
            if (maxItems < 1) throw new ArgumentOutOfRangeException(nameof(maxItems));
            MaxItems = maxItems;
            MaxBytes = maxBytes;
            _send = send;
        }

        public int MaxItems { get; }

        public long MaxBytes { get; }

        public int Pending => _items.Count;

        /// <summary>Adds an item of the given size; sends the batch first when the item would not fit in it, and after it when the batch is
        /// full.</summary>
        public async Task AddAsync(T item, long bytes, CancellationToken cancellationToken)
        {
            if (_items.Count > 0 && _bytes + bytes > MaxBytes) await FlushAsync(cancellationToken).ConfigureAwait(false);
            _items.Add(item);
            _bytes += bytes;
            if (_items.Count >= MaxItems) await FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (_items.Count == 0) return;
            var batch = _items;
            _items = new List<T>();
            _bytes = 0;
            await _send(batch, cancellationToken).ConfigureAwait(false);
        }
    }
}
