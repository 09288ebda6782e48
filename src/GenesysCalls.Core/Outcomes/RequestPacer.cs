using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>
    /// A token bucket for the reads made while following calls: bursts up to a minute's allowance, sustained at that
    /// allowance per minute. A 429 halves the rate (and empties the bucket); steady success earns it back.
    /// The bucket alone would let a full burst plus a minute's refill through in the same minute (twice the allowance), so the
    /// times of the last minute's requests are kept as well and no request goes while a minute already holds the allowance.
    /// </summary>
    internal sealed class RequestPacer
    {
        private readonly double _fullRatePerMinute;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly object _gate = new object();
        private readonly Queue<double> _lastMinute = new Queue<double>();
        private double _ratePerMinute;
        private double _tokens;
        private double _lastRefill;
        private int _successes;

        public RequestPacer(double requestsPerMinute)
        {
            _fullRatePerMinute = Math.Max(1, requestsPerMinute);
            _ratePerMinute = _fullRatePerMinute;
            _tokens = _fullRatePerMinute;
        }

        public double RatePerMinute
        {
            get { lock (_gate) return _ratePerMinute; }
        }

        public async Task WaitAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                TimeSpan wait;
                lock (_gate)
                {
                    Refill();
                    var now = _clock.Elapsed.TotalMinutes;
                    while (_lastMinute.Count > 0 && now - _lastMinute.Peek() >= 1) _lastMinute.Dequeue();
                    var windowFull = _lastMinute.Count >= Math.Max(1, Math.Floor(_ratePerMinute));
                    if (_tokens >= 1 && !windowFull)
                    {
                        _tokens -= 1;
                        _lastMinute.Enqueue(now);
                        return;
                    }

                    wait = windowFull
                        ? TimeSpan.FromMinutes(_lastMinute.Peek() + 1 - now)
                        : TimeSpan.FromMinutes((1 - _tokens) / _ratePerMinute);
                }

                await Task.Delay(wait < TimeSpan.FromMilliseconds(5) ? TimeSpan.FromMilliseconds(5) : wait, cancellationToken).ConfigureAwait(false);
            }
        }

        public void Penalize()
        {
            lock (_gate)
            {
                Refill();
                _ratePerMinute = Math.Max(1, _ratePerMinute / 2);
                _tokens = 0;
                _successes = 0;
            }
        }

        public void Succeeded()
        {
            lock (_gate)
            {
                if (_ratePerMinute >= _fullRatePerMinute || ++_successes < 20) return;
                _ratePerMinute = Math.Min(_fullRatePerMinute, _ratePerMinute * 2);
                _successes = 0;
            }
        }

        private void Refill()
        {
            var now = _clock.Elapsed.TotalMinutes;
            _tokens = Math.Min(_ratePerMinute, _tokens + (now - _lastRefill) * _ratePerMinute);
            _lastRefill = now;
        }
    }
}
