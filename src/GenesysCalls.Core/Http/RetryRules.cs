using System;

namespace GenesysCalls.Core.Http
{
    /// <summary>
    /// The retry rules, as one pure function. A 429 was not processed, so any request waits Retry-After and goes again.
    /// A 401 renews the token once. 5xx gateway answers, timeouts and lost connections are retried for reads only; a
    /// create goes again only when the connection was refused before sending, and is otherwise outcome unknown.
    /// </summary>
    internal static class RetryRules
    {
        /// <param name="jitter">A number in [0, 1) that spreads backoffs of parallel requests.</param>
        public static RetryDecision Decide(bool createsSomething, bool canRenewToken, AttemptOutcome outcome, AttemptState state, RetryPolicy policy,
            double jitter)
        {
            var transientLeft = state.Transient < policy.MaxTransientRetries;
            var backoff = policy.Backoff(state.Transient, jitter);
            switch (outcome.Result)
            {
                case AttemptResult.ConnectionRefused:
                    return transientLeft
                        ? Retry(backoff, RetryBudget.Transient, "connection refused before sending; retrying")
                        : GiveUp("connection refused before sending, " + policy.MaxTransientRetries + " retries used");
                case AttemptResult.TimedOut:
                case AttemptResult.ConnectionLost:
                    if (createsSomething) return new RetryDecision(RetryAction.OutcomeUnknown, TimeSpan.Zero, RetryBudget.None,
                        "a create or change may have been processed");
                    return transientLeft ? Retry(backoff, RetryBudget.Transient, "retrying") : GiveUp(policy.MaxTransientRetries + " retries used");
            }

            var status = outcome.Status;
            if (status >= 200 && status < 300) return new RetryDecision(RetryAction.Succeed, TimeSpan.Zero, RetryBudget.None, "answered " + status);
            if (status == 401 && canRenewToken && !state.RenewedToken)
            {
                return new RetryDecision(RetryAction.RenewTokenThenRetry, TimeSpan.Zero, RetryBudget.TokenRenewal,
                    "token rejected (401); renewing it once and retrying");
            }

            if (status == 429 && state.RateLimited < policy.MaxRateLimitRetries)
            {
                var wait = outcome.RetryAfter ?? policy.DefaultRetryAfter;
                if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
                if (wait <= policy.MaxRetryAfter) return Retry(wait, RetryBudget.RateLimit, "rate limited (429); Retry-After");
            }

            if (RetryPolicy.IsTransient(status) && !createsSomething && transientLeft) return Retry(backoff, RetryBudget.Transient, status
                + "; retrying");
            return GiveUp("answered " + status);
        }

        private static RetryDecision Retry(TimeSpan wait, RetryBudget budget, string reason) => new RetryDecision(RetryAction.Retry, wait, budget,
            reason);

        private static RetryDecision GiveUp(string reason) => new RetryDecision(RetryAction.GiveUp, TimeSpan.Zero, RetryBudget.None, reason);
    }
}
