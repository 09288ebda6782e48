using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>
    /// The one place calls are batched: items arrive one by one from the pipeline and are taken all at once, so that a
    /// burst of calls costs one subscription request rather than one each.
    /// </summary>
    internal sealed class ArrivalWindow<T>
    {
        private readonly List<T> _items = new List<T>();
        private readonly SemaphoreSlim _signal = new SemaphoreSlim(0);

        public void Add(T item)
        {
            lock (_items) _items.Add(item);
            _signal.Release();
        }

        /// <summary>Waits until something arrived or the time is up; false when nothing did.</summary>
        public Task<bool> WaitAsync(TimeSpan max, CancellationToken cancellationToken) => _signal.WaitAsync(max, cancellationToken);

        public List<T> Drain()
        {
            lock (_items)
            {
                var all = new List<T>(_items);
                _items.Clear();
                while (_signal.CurrentCount > 0 && _signal.Wait(0))
                {
                }

                return all;
            }
        }
    }
}
