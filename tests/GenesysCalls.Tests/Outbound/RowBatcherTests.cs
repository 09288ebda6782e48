using GenesysCalls.Core.Outbound;
using Xunit;

namespace GenesysCalls.Tests.Outbound
{
    public class RowBatcherTests
    {
        private static (RowBatcher<int> Batcher, List<int[]> Sent) Make(int maxItems, long maxBytes)
        {
            var sent = new List<int[]>();
            var batcher = new RowBatcher<int>(maxItems, maxBytes, (batch, _) =>
            {
                sent.Add(batch.ToArray());
                return Task.CompletedTask;
            });
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
    }
}
