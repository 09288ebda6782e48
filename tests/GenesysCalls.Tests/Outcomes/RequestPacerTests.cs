using System.Diagnostics;
using GenesysCalls.Core.Outcomes;
using Xunit;

namespace GenesysCalls.Tests.Outcomes
{
    public class RequestPacerTests
    {
        [Fact]
        public async Task A_minutes_allowance_goes_at_once_and_nothing_more_until_the_minute_is_over()
        {
            var pacer = new RequestPacer(600); // 10 per second
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < 600; i++) await pacer.WaitAsync(CancellationToken.None);
            Assert.True(clock.ElapsedMilliseconds < 1000, clock.ElapsedMilliseconds + " ms for the burst");
            // The bucket refills at 10 a second, but a 601st request within the minute would exceed the allowance.
            using var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(1500));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pacer.WaitAsync(soon.Token));
        }

        [Fact]
        public void A_429_halves_the_rate_and_twenty_successes_double_it_back()
        {
            var pacer = new RequestPacer(80);
            pacer.Penalize();
            Assert.Equal(40, pacer.RatePerMinute);
            pacer.Penalize();
            Assert.Equal(20, pacer.RatePerMinute);
            for (var i = 0; i < 19; i++) pacer.Succeeded();
            Assert.Equal(20, pacer.RatePerMinute);
            pacer.Succeeded();
            Assert.Equal(40, pacer.RatePerMinute);
            for (var i = 0; i < 40; i++) pacer.Succeeded();
            Assert.Equal(80, pacer.RatePerMinute);
        }

        [Fact]
        public async Task After_a_429_the_bucket_is_empty()
        {
            var pacer = new RequestPacer(600);
            pacer.Penalize();
            var clock = Stopwatch.StartNew();
            await pacer.WaitAsync(CancellationToken.None);
            Assert.InRange(clock.ElapsedMilliseconds, 150, 1500);
        }
    }
}
