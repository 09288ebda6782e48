using System.Diagnostics;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Outbound;

namespace GenesysCalls.Benchmarks;

/// <summary>Add-OutboundContact's command on a CSV file: requests per row count, pace against the rate limit, client working set.</summary>
internal static class ContactRuns
{
    /// <summary>Unthrottled for the per-request time and the working set, then under a per-token limit of R requests a minute.</summary>
    public static async Task CsvAsync(int rows, int ratePerMinute)
    {
        var csv = Path.Combine(Path.GetTempPath(), "genesyscalls-bench-" + Guid.NewGuid().ToString("N") + ".csv");
        await using (var writer = new StreamWriter(csv))
        {
            await writer.WriteLineAsync("FirstName,LastName,Phone,AccountId");
            for (var i = 0; i < rows; i++) await writer.WriteLineAsync($"First{i},Last{i},+1557{i:D7},A{i}");
        }

        try
        {
            var free = await RunAsync(csv, rateLimit: 100_000_000, sample: true);
            var limited = await RunAsync(csv, ratePerMinute, sample: false);
            var perRequest = free.Elapsed.TotalSeconds / free.Requests;
            var fullWindows = (int)Math.Ceiling(limited.Requests / (double)ratePerMinute) - 1;
            var bound = TimeSpan.FromSeconds(fullWindows * 60 + (limited.Requests - fullWindows * ratePerMinute) * perRequest);
            Console.WriteLine("| run | rows | rate limit/min | requests (POST + list read) | contacts | errors | elapsed | fastest the limit allows | efficiency | rows/s |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
            Console.WriteLine($"| unthrottled | {rows} | - | {free.Posts} + 1 | {free.Contacts} | {free.Errors} | {free.Elapsed.TotalSeconds:F1} s | - | - | {rows / free.Elapsed.TotalSeconds:F0} |");
            Console.WriteLine($"| rate-limited | {rows} | {ratePerMinute} | {limited.Posts} + 1 | {limited.Contacts} | {limited.Errors} | {limited.Elapsed.TotalSeconds:F1} s | {bound.TotalSeconds:F1} s | {bound / limited.Elapsed:P1} | {rows / limited.Elapsed.TotalSeconds:F0} |");
            Console.WriteLine($"working set every 10,000 rows (MB): {string.Join(", ", free.Samples.Select(s => (s / 1048576).ToString()))}; peak {free.Peak / 1048576} MB");
        }
        finally
        {
            File.Delete(csv);
        }
    }

    private sealed record Run(TimeSpan Elapsed, int Requests, int Posts, long Contacts, long Errors, List<long> Samples, long Peak);

    private static async Task<Run> RunAsync(string csv, int rateLimit, bool sample)
    {
        await using var harness = await Harness.StartAsync(agents: 1, rateLimit: rateLimit);
        var lists = await harness.AdminGetAsync("/emulator/outbound");
        var listId = lists.GetProperty("contactLists")[0].GetProperty("id").GetString()!;
        var output = new CountingOutput();
        var samples = new List<long>();
        var watch = Stopwatch.StartNew();
        var command = new OutboundContactAdder(output, harness.Session, listId);
        await command.BeginAsync(CancellationToken.None);
        using (var reader = new StreamReader(csv))
        {
            var header = (await reader.ReadLineAsync())!.Split(',');
            var n = 0;
            string? line;
            while ((line = await reader.ReadLineAsync()) != null)
            {
                var values = line.Split(',');
                var row = new ContactRow(header.Select((h, i) => new KeyValuePair<string, object?>(h, values[i])).ToList(), line);
                await command.ProcessAsync(row, CancellationToken.None);
                if (sample && n++ % 10_000 == 0) samples.Add(Process.GetCurrentProcess().WorkingSet64);
            }
        }

        await command.CompleteAsync(CancellationToken.None);
        var elapsed = watch.Elapsed;
        var requests = (await harness.AdminGetAsync("/emulator/requests")).EnumerateArray().Where(r => r.GetProperty("path").GetString()!.StartsWith("/api/v2/outbound", StringComparison.Ordinal)).ToList();
        var posts = requests.Count(r => r.GetProperty("method").GetString() == "POST" && r.GetProperty("status").GetInt32() == 200);
        var size = (await harness.AdminGetAsync("/emulator/outbound")).GetProperty("contactLists")[0].GetProperty("size").GetInt64();
        return new Run(elapsed, posts + 1, posts, size, output.ErrorCount, samples, Process.GetCurrentProcess().PeakWorkingSet64);
    }
}
