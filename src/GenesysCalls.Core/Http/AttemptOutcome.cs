using System;

namespace GenesysCalls.Core.Http
{
    internal enum AttemptResult
    {
        /// <summary>An HTTP answer arrived (any status).</summary>
        Answered,

        /// <summary>No answer within the request timeout: the request may have been processed.</summary>
        TimedOut,

        /// <summary>The connection was refused before anything was sent: the request was certainly not processed.</summary>
        ConnectionRefused,

        /// <summary>The connection failed after it was opened: the request may have been processed.</summary>
        ConnectionLost,
    }

    /// <summary>What one attempt of a request came to.</summary>
    internal readonly struct AttemptOutcome
    {
        private AttemptOutcome(AttemptResult result, int status, TimeSpan? retryAfter)
        {
            Result = result;
            Status = status;
            RetryAfter = retryAfter;
        }

        public AttemptResult Result { get; }

        /// <summary>The HTTP status when answered; 0 otherwise.</summary>
        public int Status { get; }

        /// <summary>The Retry-After header of an answer, when it had one.</summary>
        public TimeSpan? RetryAfter { get; }

        public static AttemptOutcome Answered(int status, TimeSpan? retryAfter = null) => new AttemptOutcome(AttemptResult.Answered, status,
            retryAfter);

        public static AttemptOutcome Failed(AttemptResult result) => new AttemptOutcome(result, 0, null);

        public override string ToString() => Result == AttemptResult.Answered ? Status.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Result.ToString();
    }

    /// <summary>The retries a request has used so far.</summary>
    internal readonly struct AttemptState
    {
        public AttemptState(int rateLimited, int transient, bool renewedToken)
        {
            RateLimited = rateLimited;
            Transient = transient;
            RenewedToken = renewedToken;
        }

        /// <summary>Waits after a 429.</summary>
        public int RateLimited { get; }

        /// <summary>Retries after a 5xx, a timeout or a network failure.</summary>
        public int Transient { get; }

        /// <summary>Whether the token was already renewed after a 401 (once per request).</summary>
        public bool RenewedToken { get; }

        public AttemptState After(RetryDecision decision) => decision.Counts switch
        {
            RetryBudget.RateLimit => new AttemptState(RateLimited + 1, Transient, RenewedToken),
            RetryBudget.Transient => new AttemptState(RateLimited, Transient + 1, RenewedToken),
            RetryBudget.TokenRenewal => new AttemptState(RateLimited, Transient, true),
            _ => this,
        };
    }
}
