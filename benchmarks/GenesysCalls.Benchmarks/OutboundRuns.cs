using System.Diagnostics;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Benchmarks;

internal static class OutboundRuns
{
    /// <summary>1,000 rows against a per-token limit of R requests a minute: the run should take about 1000/R minutes, lose no row to 429 and create exactly 1,000 calls.</summary>
    public static async Task RateLimitedAsync(int rows, int ratePerMinute)
    {
        await using var harness = await Harness.StartAsync(agents: 20, rateLimit: ratePerMinute);
        var agent = (await harness.UserIdsAsync())[1];
        var output = new CountingOutput();
        var command = new OutboundCallPlacer(output, harness.Session);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < rows; i++)
        {
            await command.ProcessAsync(new OutboundCallRow { PhoneNumber = "+1555" + i.ToString("D7"), OnBehalfOf = agent }, CancellationToken.None);
        }

        await command.CompleteAsync(CancellationToken.None);
        var elapsed = watch.Elapsed;
        var bound = TimeSpan.FromMinutes(rows / (double)ratePerMinute);
        var created = (await harness.AdminGetAsync("/emulator/stats")).GetProperty("conversationsCreated").GetInt32();
        Console.WriteLine($"| rows | rate limit/min | bound | elapsed | elapsed/bound | placed | failed by 429 | other errors | conversations | client retries |");
        Console.WriteLine($"|---|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine($"| {rows} | {ratePerMinute} | {bound.TotalSeconds:F1} s | {elapsed.TotalSeconds:F1} s | {elapsed / bound:P1} | {output.Objects} | {output.Errors.GetValueOrDefault("NewOutboundCallRateLimited")} | {output.ErrorCount - output.Errors.GetValueOrDefault("NewOutboundCallRateLimited")} | {created} | {ConnectedOrg.Of(harness.Session).Api.Retries} |");
    }

    /// <summary>100,000 rows streamed through the command with 16 calls in flight: nothing buffers the whole input.</summary>
    public static async Task StreamAsync(int rows)
    {
        await using var harness = await Harness.StartAsync(agents: 20, rateLimit: 100_000_000);
        var agent = (await harness.UserIdsAsync())[1];
        var output = new CountingOutput();
        var command = new OutboundCallPlacer(output, harness.Session) { ThrottleLimit = 16 };
        var watch = Stopwatch.StartNew();
        var samples = new List<long>();
        for (var i = 0; i < rows; i++)
        {
            await command.ProcessAsync(new OutboundCallRow { PhoneNumber = "+1556" + i.ToString("D7"), OnBehalfOf = agent, Input = i }, CancellationToken.None);
            if (i % 10_000 == 0) samples.Add(Process.GetCurrentProcess().WorkingSet64);
        }

        await command.CompleteAsync(CancellationToken.None);
        var created = (await harness.AdminGetAsync("/emulator/stats")).GetProperty("conversationsCreated").GetInt32();
        Console.WriteLine($"{rows} rows -> {output.Objects} calls, {output.ErrorCount} errors, {created} conversations in {watch.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"working set every 10,000 rows (MB): {string.Join(", ", samples.Select(s => (s / 1048576).ToString()))}");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");
    }
}
