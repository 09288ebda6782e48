using System;

namespace GenesysCalls.Core.Http
{
    /// <summary>
    /// When to try a request again. A 429 was not processed, so any method may be retried after Retry-After.
    /// 5xx and network failures are retried only for reads; a create is retried only when it provably never left.
    /// </summary>
    internal sealed class RetryPolicy
    {
        public int MaxRateLimitRetries { get; set; } = 10;

        /// <summary>Retry-After beyond this fails the request instead of sleeping (the .NET SDK gives up at 3 minutes too).</summary>
        public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(3);

        public TimeSpan DefaultRetryAfter { get; set; } = TimeSpan.FromSeconds(3);

        public int MaxTransientRetries { get; set; } = 4;

        public TimeSpan BackoffBase { get; set; } = TimeSpan.FromMilliseconds(200);

        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>How long a create already sent may still answer after the command stops, so its outcome is known and reported.</summary>
        public TimeSpan StopGrace { get; set; } = TimeSpan.FromSeconds(10);

        /// <param name="jitter">In [0, 1): spreads the retries of requests that failed together.</param>
        public TimeSpan Backoff(int attempt, double jitter)
        {
            var exponential = BackoffBase.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 6));
            return TimeSpan.FromMilliseconds(Math.Min(exponential + jitter * BackoffBase.TotalMilliseconds, 5000));
        }

        public static bool IsTransient(int status) => status == 502 || status == 503 || status == 504;
    }
}
