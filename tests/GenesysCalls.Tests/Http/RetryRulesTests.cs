using System;
using GenesysCalls.Core.Http;
using Xunit;

namespace GenesysCalls.Tests.Http
{
    /// <summary>Every row of the retry rules in the README ("Design notes"), as (request, what happened, what was used) → decision.</summary>
    public class RetryRulesTests
    {
        private static readonly RetryPolicy Policy = new RetryPolicy
        {
            MaxRateLimitRetries = 2, MaxTransientRetries = 2, DefaultRetryAfter = TimeSpan.FromSeconds(3), MaxRetryAfter = TimeSpan.FromMinutes(3),
            BackoffBase = TimeSpan.FromMilliseconds(200),
        };

        [Theory]
        // kind, outcome, status, retry-after s, rate-limited used, transient used, token renewed, can renew → action, budget
        [InlineData("read", "Answered", 200, null, 0, 0, false, true, "Succeed", "None")]
        [InlineData("create", "Answered", 200, null, 0, 0, false, true, "Succeed", "None")]
        [InlineData("read", "Answered", 401, null, 0, 0, false, true, "RenewTokenThenRetry", "TokenRenewal")]
        [InlineData("create", "Answered", 401, null, 0, 0, false, true, "RenewTokenThenRetry", "TokenRenewal")]
        [InlineData("read", "Answered", 401, null, 0, 0, true, true, "GiveUp", "None")]
        [InlineData("read", "Answered", 401, null, 0, 0, false, false, "GiveUp", "None")]
        [InlineData("read", "Answered", 429, 5, 0, 0, false, true, "Retry", "RateLimit")]
        [InlineData("create", "Answered", 429, 5, 1, 0, false, true, "Retry", "RateLimit")]
        [InlineData("create", "Answered", 429, 5, 2, 0, false, true, "GiveUp", "None")]
        [InlineData("read", "Answered", 429, 600, 0, 0, false, true, "GiveUp", "None")]
        [InlineData("read", "Answered", 503, null, 0, 0, false, true, "Retry", "Transient")]
        [InlineData("read", "Answered", 502, null, 1, 1, false, true, "Retry", "Transient")]
        [InlineData("read", "Answered", 504, null, 0, 2, false, true, "GiveUp", "None")]
        [InlineData("create", "Answered", 503, null, 0, 0, false, true, "GiveUp", "None")]
        [InlineData("read", "Answered", 500, null, 0, 0, false, true, "GiveUp", "None")]
        [InlineData("read", "Answered", 400, null, 0, 0, false, true, "GiveUp", "None")]
        [InlineData("create", "Answered", 409, null, 0, 0, false, true, "GiveUp", "None")]
        [InlineData("read", "TimedOut", 0, null, 0, 0, false, true, "Retry", "Transient")]
        [InlineData("read", "TimedOut", 0, null, 0, 2, false, true, "GiveUp", "None")]
        [InlineData("create", "TimedOut", 0, null, 0, 0, false, true, "OutcomeUnknown", "None")]
        [InlineData("read", "ConnectionLost", 0, null, 0, 0, false, true, "Retry", "Transient")]
        [InlineData("create", "ConnectionLost", 0, null, 0, 0, false, true, "OutcomeUnknown", "None")]
        [InlineData("create", "ConnectionRefused", 0, null, 0, 0, false, true, "Retry", "Transient")]
        [InlineData("read", "ConnectionRefused", 0, null, 0, 1, false, true, "Retry", "Transient")]
        [InlineData("create", "ConnectionRefused", 0, null, 0, 2, false, true, "GiveUp", "None")]
        public void Decides_each_rule(string kind, string result, int status, int? retryAfterSeconds, int rateLimited, int transient, bool renewed, bool canRenew,
            string action, string budget)
        {
            var outcome = result == "Answered"
                ? AttemptOutcome.Answered(status, retryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : (TimeSpan?)null)
                : AttemptOutcome.Failed((AttemptResult)Enum.Parse(typeof(AttemptResult), result));
            var decision = RetryRules.Decide(kind == "create", canRenew, outcome, new AttemptState(rateLimited, transient, renewed), Policy, 0.5);
            Assert.Equal((action, budget), (decision.Action.ToString(), decision.Counts.ToString()));
        }

        [Fact]
        public void A_429_waits_its_Retry_After_or_the_default()
        {
            var state = new AttemptState(0, 0, false);
            Assert.Equal(TimeSpan.FromSeconds(7), RetryRules.Decide(false, true, AttemptOutcome.Answered(429, TimeSpan.FromSeconds(7)), state, Policy, 0).Wait);
            Assert.Equal(TimeSpan.FromSeconds(3), RetryRules.Decide(false, true, AttemptOutcome.Answered(429), state, Policy, 0).Wait);
            Assert.Equal(TimeSpan.Zero, RetryRules.Decide(false, true, AttemptOutcome.Answered(429, TimeSpan.FromSeconds(-2)), state, Policy, 0).Wait);
        }

        [Fact]
        public void Transient_backoff_doubles_and_jitter_adds_up_to_one_base()
        {
            var first = RetryRules.Decide(false, true, AttemptOutcome.Answered(503), new AttemptState(0, 0, false), Policy, 0).Wait;
            var second = RetryRules.Decide(false, true, AttemptOutcome.Answered(503), new AttemptState(0, 1, false), Policy, 0).Wait;
            var jittered = RetryRules.Decide(false, true, AttemptOutcome.Answered(503), new AttemptState(0, 1, false), Policy, 0.5).Wait;
            Assert.Equal(TimeSpan.FromMilliseconds(200), first);
            Assert.Equal(TimeSpan.FromMilliseconds(400), second);
            Assert.Equal(TimeSpan.FromMilliseconds(500), jittered);
        }

        [Fact]
        public void Each_retry_uses_up_only_its_own_allowance()
        {
            var start = new AttemptState(0, 0, false);
            var afterRateLimit = start.After(RetryRules.Decide(false, true, AttemptOutcome.Answered(429), start, Policy, 0));
            var afterTransient = afterRateLimit.After(RetryRules.Decide(false, true, AttemptOutcome.Answered(503), afterRateLimit, Policy, 0));
            var afterRenewal = afterTransient.After(RetryRules.Decide(false, true, AttemptOutcome.Answered(401), afterTransient, Policy, 0));
            Assert.Equal((1, 1, true), (afterRenewal.RateLimited, afterRenewal.Transient, afterRenewal.RenewedToken));
        }
    }
}
