using System;

namespace GenesysCalls.Core.Http
{
    internal enum RetryAction
    {
        Succeed,
        Retry,
        RenewTokenThenRetry,
        GiveUp,

        /// <summary>A create may have been processed and its answer is lost: report it, never send it again.</summary>
        OutcomeUnknown,
    }

    /// <summary>Which allowance a retry uses up.</summary>
    internal enum RetryBudget
    {
        None,
        RateLimit,
        Transient,
        TokenRenewal,
    }

    internal readonly struct RetryDecision
    {
        public RetryDecision(RetryAction action, TimeSpan wait, RetryBudget counts, string reason)
        {
            Action = action;
            Wait = wait;
            Counts = counts;
            Reason = reason;
        }

        public RetryAction Action { get; }

        public TimeSpan Wait { get; }

        public RetryBudget Counts { get; }

        /// <summary>Why, in words for the verbose stream.</summary>
        public string Reason { get; }

        public override string ToString() => Action + (Wait > TimeSpan.Zero ? " after " + Wait.TotalMilliseconds + " ms" : string.Empty) + ": "
            + Reason;
    }
}
