using System.Collections.Concurrent;
using GenesysCalls.Core.Commands;
using Xunit;

namespace GenesysCalls.Tests.Commands
{
    /// <summary>The pump behind every cmdlet's output: host calls on the pipeline thread, and nothing sent after it stops.</summary>
    public class PipelineThreadTests
    {
        [Fact]
        public void Calls_from_parallel_work_run_on_the_thread_that_called_Run()
        {
            var pipeline = new PipelineThread();
            var ownerThread = Environment.CurrentManagedThreadId;
            var threads = new ConcurrentBag<int>();
            var workThreads = new ConcurrentBag<int>();

            pipeline.Run(async token =>
            {
                await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
                {
                    for (var n = 0; n < 25; n++)
                    {
                        workThreads.Add(Environment.CurrentManagedThreadId);
                        pipeline.Invoke(() => threads.Add(Environment.CurrentManagedThreadId));
                        await Task.Yield();
                    }
                }, token)));
            }, CancellationToken.None);

            Assert.Equal(200, threads.Count);
            Assert.All(threads, id => Assert.Equal(ownerThread, id));
            Assert.DoesNotContain(ownerThread, workThreads);
        }

        [Fact]
        public void An_answer_computed_on_the_pipeline_thread_reaches_the_work()
        {
            var pipeline = new PipelineThread();
            var answers = new List<bool>();

            pipeline.Run(_ =>
            {
                for (var i = 0; i < 4; i++)
                {
                    var answer = false;
                    var index = i;
                    pipeline.Invoke(() => answer = index % 2 == 0);
                    answers.Add(answer);
                }

                return Task.CompletedTask;
            }, CancellationToken.None);

            Assert.Equal(new[] { true, false, true, false }, answers);
        }

        [Fact]
        public void A_failed_write_stops_the_work_before_Run_rethrows_it()
        {
            var pipeline = new PipelineThread();
            var written = 0;
            var sentAfterRunReturned = 0;
            var runReturned = false;
            var workEnded = false;

            var thrown = Assert.Throws<InvalidOperationException>(() => pipeline.Run(async token =>
            {
                try
                {
                    // Four workers "sending" in parallel; the host refuses the third write (as -ErrorAction Stop would).
                    await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
                    {
                        while (true)
                        {
                            await Task.Delay(5, token);
                            if (Volatile.Read(ref runReturned)) Interlocked.Increment(ref sentAfterRunReturned);
                            pipeline.Invoke(() =>
                            {
                                if (++written == 3) throw new InvalidOperationException("stop here");
                            });
                        }
                    })));
                }
                finally
                {
                    Volatile.Write(ref workEnded, true);
                }
            }, CancellationToken.None));
            Volatile.Write(ref runReturned, true);

            Assert.Equal("stop here", thrown.Message);
            Assert.True(Volatile.Read(ref workEnded), "Run returned while the work was still running");
            Thread.Sleep(50);
            Assert.Equal(0, Volatile.Read(ref sentAfterRunReturned));
            Assert.Equal(3, written);
        }

        [Fact]
        public void Work_that_writes_after_the_pipeline_stopped_is_refused()
        {
            var pipeline = new PipelineThread();
            Exception? lateFailure = null;

            Assert.Throws<InvalidOperationException>(() => pipeline.Run(_ =>
            {
                pipeline.Invoke(() => throw new InvalidOperationException("downstream stopped"));
                return Task.CompletedTask;
            }, CancellationToken.None));

            // Same PipelineThread, after the failure: a late write never reaches the host.
            var reached = false;
            try
            {
                pipeline.Invoke(() => reached = true);
            }
            catch (OperationCanceledException ex)
            {
                lateFailure = ex;
            }

            Assert.False(reached);
            Assert.NotNull(lateFailure);
        }

        [Fact]
        public void A_failure_in_the_work_surfaces_after_its_writes()
        {
            var pipeline = new PipelineThread();
            var written = new List<int>();

            var thrown = Assert.Throws<FormatException>(() => pipeline.Run(async _ =>
            {
                await Task.Yield();
                pipeline.Invoke(() => written.Add(1));
                throw new FormatException("bad row");
            }, CancellationToken.None));

            Assert.Equal("bad row", thrown.Message);
            Assert.Equal(new[] { 1 }, written);
        }

        [Fact]
        public void Stopping_the_pipeline_cancels_work_that_waits()
        {
            var pipeline = new PipelineThread();
            using var stopping = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

            Assert.ThrowsAny<OperationCanceledException>(() => pipeline.Run(token => Task.Delay(Timeout.Infinite, token), stopping.Token));
        }

        [Fact]
        public void Calls_outside_Run_run_where_they_are_made()
        {
            var pipeline = new PipelineThread();
            var thread = -1;

            pipeline.Invoke(() => thread = Environment.CurrentManagedThreadId);

            Assert.Equal(Environment.CurrentManagedThreadId, thread);
        }
    }
}
