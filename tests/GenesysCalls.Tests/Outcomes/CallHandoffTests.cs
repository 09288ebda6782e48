using GenesysCalls.Core.Outcomes;
using Xunit;

namespace GenesysCalls.Tests.Outcomes
{
    /// <summary>The New→Wait protocol on its own: who is told of which agents, when the placer may go on, and what it records.</summary>
    public class CallHandoffTests
    {
        [Fact]
        public async Task With_no_waiter_registered_nothing_is_announced_and_the_placer_goes_on()
        {
            var handoff = new CallHandoff();

            Assert.Equal(0, await handoff.AnnounceCallersAsync(new[] { "agent-1" }, CancellationToken.None));
            Assert.Equal(0, handoff.WaiterCount);
        }

        [Fact]
        public async Task A_registered_waiter_is_told_each_agent_once_and_the_placer_hears_how_many()
        {
            var handoff = new CallHandoff();
            var waiter = new ProbeWaiter();
            using var registration = handoff.Register(waiter);

            var told = await handoff.AnnounceCallersAsync(new[] { "agent-1", "AGENT-1", "", null, "agent-2" }, CancellationToken.None);

            Assert.Equal(2, told);
            Assert.Equal(new[] { "agent-1,agent-2" }, waiter.Told);
        }

        [Fact]
        public async Task Rows_without_an_agent_announce_nothing_even_to_a_registered_waiter()
        {
            var handoff = new CallHandoff();
            var waiter = new ProbeWaiter();
            using var registration = handoff.Register(waiter);

            Assert.Equal(0, await handoff.AnnounceCallersAsync(new string?[] { null, "" }, CancellationToken.None));
            Assert.Empty(waiter.Told);
        }

        [Fact]
        public async Task The_placer_goes_on_only_once_every_waiter_is_ready()
        {
            var handoff = new CallHandoff(Timeout.InfiniteTimeSpan);
            var ready = new ProbeWaiter();
            var slow = new ProbeWaiter { Ready = new TaskCompletionSource<bool>() };
            using var first = handoff.Register(ready);
            using var second = handoff.Register(slow);

            var announcing = handoff.AnnounceCallersAsync(new[] { "agent-1" }, CancellationToken.None);

            Assert.Equal(new[] { "agent-1" }, slow.Told);
            Assert.False(announcing.IsCompleted);
            slow.Ready.SetResult(true);
            Assert.Equal(1, await announcing);
            Assert.Equal(new[] { "agent-1" }, ready.Told);
        }

        [Fact]
        public async Task Two_waiters_on_the_same_session_are_both_told()
        {
            var handoff = new CallHandoff();
            var a = new ProbeWaiter();
            var b = new ProbeWaiter();
            using var first = handoff.Register(a);
            using var second = handoff.Register(b);

            await handoff.AnnounceCallersAsync(new[] { "agent-1" }, CancellationToken.None);

            Assert.Equal(new[] { "agent-1" }, a.Told);
            Assert.Equal(new[] { "agent-1" }, b.Told);
            Assert.Equal(2, handoff.WaiterCount);
        }

        [Fact]
        public async Task A_waiter_on_another_session_is_not_told()
        {
            var here = new CallHandoff();
            var elsewhere = new CallHandoff();
            var waiter = new ProbeWaiter();
            using var registration = elsewhere.Register(waiter);

            Assert.Equal(0, await here.AnnounceCallersAsync(new[] { "agent-1" }, CancellationToken.None));
            Assert.Empty(waiter.Told);
        }

        [Fact]
        public async Task A_waiter_that_unregistered_is_not_told_and_unregistering_twice_removes_only_it()
        {
            var handoff = new CallHandoff();
            var gone = new ProbeWaiter();
            var staying = new ProbeWaiter();
            var registration = handoff.Register(gone);
            using var other = handoff.Register(staying);
            registration.Dispose();
            registration.Dispose();

            Assert.Equal(1, await handoff.AnnounceCallersAsync(new[] { "agent-1" }, CancellationToken.None));
            Assert.Empty(gone.Told);
            Assert.Equal(new[] { "agent-1" }, staying.Told);
            Assert.Equal(1, handoff.WaiterCount);
        }

        [Fact]
        public async Task A_waiter_that_never_gets_ready_holds_the_placer_no_longer_than_the_handoff_waits()
        {
            var handoff = new CallHandoff(TimeSpan.Zero);
            var stuck = new ProbeWaiter { Ready = new TaskCompletionSource<bool>() };
            using var registration = handoff.Register(stuck);

            var announcing = handoff.AnnounceCallersAsync(new[] { "agent-1" }, CancellationToken.None);

            Assert.Same(announcing, await Task.WhenAny(announcing, Task.Delay(Guard)));
            Assert.Equal(1, await announcing);
            Assert.Equal(new[] { "agent-1" }, stuck.Told);
        }

        [Fact]
        public async Task A_waiter_that_fails_to_get_ready_does_not_fail_the_placer()
        {
            var handoff = new CallHandoff(Timeout.InfiniteTimeSpan);
            var failing = new ProbeWaiter { Failure = new InvalidOperationException("subscription refused") };
            using var registration = handoff.Register(failing);

            Assert.Equal(1, await handoff.AnnounceCallersAsync(new[] { "agent-1" }, CancellationToken.None));
        }

        [Fact]
        public async Task A_placer_that_stops_while_announcing_stops_at_once()
        {
            var handoff = new CallHandoff(Timeout.InfiniteTimeSpan);
            using var registration = handoff.Register(new ProbeWaiter { Ready = new TaskCompletionSource<bool>() });
            using var stop = new CancellationTokenSource();

            var announcing = handoff.AnnounceCallersAsync(new[] { "agent-1" }, stop.Token);
            stop.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => announcing);
        }

        [Fact]
        public void Placed_calls_are_recorded_newest_first_for_completion()
        {
            var handoff = new CallHandoff();
            handoff.Record(Call("c0ffee00-0000-4000-8000-000000000001", "+15550100001"));
            handoff.Record(Call("c0ffee00-0000-4000-8000-000000000002", "+15550100002"));
            handoff.Record(Call("decade00-0000-4000-8000-000000000003", "+15550100003"));

            var matching = handoff.Placed.Matching("C0FFEE");

            Assert.Equal(new[] { "c0ffee00-0000-4000-8000-000000000002", "c0ffee00-0000-4000-8000-000000000001" },
                matching.Select(m => m.Value));
            Assert.StartsWith("+15550100002 (placed ", matching[0].Display);
        }

        /// <summary>Only so that a broken handoff fails instead of hanging the run; nothing here waits for it.</summary>
        private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

        private static OutboundCall Call(string id, string number) =>
            new(id, null, number, null, null, "POST /api/v2/conversations/calls/user/{userId}", null, new CreateCallRequest(), null);

        /// <summary>A waiter that records what it was told and is ready when <see cref="Ready"/> completes (at once by default).</summary>
        private sealed class ProbeWaiter : ICallWatcher
        {
            public List<string> Told { get; } = new();

            public TaskCompletionSource<bool>? Ready { get; init; }

            public Exception? Failure { get; init; }

            public Task WatchUsersAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
            {
                lock (Told) Told.Add(string.Join(",", userIds));
                if (Failure != null) return Task.FromException(Failure);
                return Ready?.Task ?? Task.CompletedTask;
            }
        }
    }
}
