using GenesysCalls.Core.Commands;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Commands
{
    public class WindowedPipelineTests
    {
        private static (WindowedPipeline<int> Batcher, List<int[]> Sent) Make(int maxItems, long maxBytes)
        {
            var sent = new List<int[]>();
            var batcher = new WindowedPipeline<int>(maxItems, (batch, _) =>
            {
                sent.Add(batch.ToArray());
                return Task.CompletedTask;
            })
            { MaxBytes = maxBytes };
            return (batcher, sent);
        }

        [Fact]
        public async Task Full_batches_are_sent_as_soon_as_they_fill_and_flush_sends_the_rest()
        {
            var (batcher, sent) = Make(1000, long.MaxValue);
            for (var i = 0; i < 2500; i++)
            {
                await batcher.AddAsync(i, 10, CancellationToken.None);
                Assert.Equal(i + 1 - sent.Sum(b => b.Length), batcher.Pending);
            }

            Assert.Equal(new[] { 1000, 1000 }, sent.Select(b => b.Length));
            await batcher.FlushAsync(CancellationToken.None);
            Assert.Equal(new[] { 1000, 1000, 500 }, sent.Select(b => b.Length));
            Assert.Equal(Enumerable.Range(0, 2500), sent.SelectMany(b => b));
            await batcher.FlushAsync(CancellationToken.None);
            Assert.Equal(3, sent.Count);
        }

        [Fact]
        public async Task A_batch_never_exceeds_the_byte_limit_unless_one_item_alone_does()
        {
            var (batcher, sent) = Make(1000, 100);
            foreach (var size in new[] { 40, 40, 30, 100, 250, 10 }) await batcher.AddAsync(size, size, CancellationToken.None);
            await batcher.FlushAsync(CancellationToken.None);
            Assert.Equal(new[] { "40,40", "30", "100", "250", "10" }, sent.Select(b => string.Join(",", b)));
        }

        [Fact]
        public async Task Exactly_the_limit_makes_one_batch()
        {
            var (batcher, sent) = Make(1000, long.MaxValue);
            for (var i = 0; i < 1000; i++) await batcher.AddAsync(i, 1, CancellationToken.None);
            await batcher.FlushAsync(CancellationToken.None);
            Assert.Single(sent);
        }

        [Fact]
        public async Task Each_window_is_read_once_before_its_items_which_run_in_input_order()
        {
            var log = new List<string>();
            var pipeline = new WindowedPipeline<int>(3, (window, _) =>
            {
                log.Add("window " + string.Join(",", window));
                return Task.CompletedTask;
            }, (item, _) =>
            {
                log.Add("item " + item);
                return Task.CompletedTask;
            });
            for (var i = 1; i <= 7; i++) await pipeline.AddAsync(i, CancellationToken.None);
            Assert.Equal(new[] { "window 1,2,3", "item 1", "item 2", "item 3", "window 4,5,6", "item 4", "item 5", "item 6" }, log);
            await pipeline.CompleteAsync(CancellationToken.None);
            Assert.Equal(new[] { "window 7", "item 7" }, log.Skip(8));
        }

        [Fact]
        public async Task At_most_the_parallel_limit_of_items_run_at_once_and_all_finish_before_the_window_returns()
        {
            var running = 0;
            var peak = 0;
            var finished = 0;
            var pipeline = new WindowedPipeline<int>(50, (_, _) => Task.CompletedTask, async (_, _) =>
            {
                var now = Interlocked.Increment(ref running);
                lock (this) peak = Math.Max(peak, now);
                await Task.Delay(5);
                Interlocked.Decrement(ref running);
                Interlocked.Increment(ref finished);
            })
            { ParallelLimit = 4 };
            for (var i = 0; i < 50; i++) await pipeline.AddAsync(i, CancellationToken.None);
            Assert.Equal(50, finished);
            Assert.InRange(peak, 2, 4);
        }

        [Fact]
        public async Task Progress_shows_a_percentage_when_the_total_is_known_and_none_when_it_is_not()
        {
            async Task<List<ProgressUpdate>> Run(int? total)
            {
                var output = new RecordingOutput();
                var pipeline = new WindowedPipeline<int>(10, (_, _) => Task.CompletedTask, (_, _) => Task.Delay(60))
                {
                    ExpectedTotal = total,
                }.WithProgress(new ProgressReporter(output, 1, "Testing"), "rows", shownAbove: 1);
                for (var i = 0; i < 20; i++) await pipeline.AddAsync(i, CancellationToken.None);
                await pipeline.CompleteAsync(CancellationToken.None);
                return output.Progress;
            }

            var known = await Run(20);
            Assert.Contains(known, p => !p.Completed && p.PercentComplete is > 0 and <= 100);
            Assert.Contains(known, p => p.Status.EndsWith(" of 20 rows", StringComparison.Ordinal));
            var unknown = await Run(null);
            Assert.All(unknown.Where(p => !p.Completed), p => Assert.Equal(-1, p.PercentComplete));
            Assert.Contains(unknown, p => !p.Completed);
            Assert.True(unknown[^1].Completed);
        }

        [Fact]
        public async Task A_single_item_shows_no_progress()
        {
            var output = new RecordingOutput();
            var pipeline = new WindowedPipeline<int>(10, (_, _) => Task.CompletedTask, (_, _) => Task.CompletedTask)
                .WithProgress(new ProgressReporter(output, 1, "Testing"), "rows", shownAbove: 1);
            await pipeline.AddAsync(1, CancellationToken.None);
            await pipeline.CompleteAsync(CancellationToken.None);
            Assert.Empty(output.Progress);
        }
    }
}
