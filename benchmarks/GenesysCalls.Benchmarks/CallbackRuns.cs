using System.Diagnostics;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Benchmarks;

internal static class CallbackRuns
{
    /// <summary>A CSV of N callbacks against a per-token limit of R requests a minute: one POST each, about N/R minutes, every row one outcome.</summary>
    public static async Task CsvAsync(int rows, int ratePerMinute)
    {
        await using var harness = await Harness.StartAsync(agents: 20, rateLimit: ratePerMinute);
        var queues = await ConnectedOrg.Of(harness.Session).Api.SendAsync(ApiRequest.Get("/api/v2/routing/queues"), GenesysJsonContext.Default.JsonElement,
            NullApiLog.Instance, CancellationToken.None);
        var queue = queues.Value.GetProperty("entities")[0].GetProperty("id").GetString()!;
        var at = DateTimeOffset.Now.AddDays(1).ToString("yyyy-MM-ddTHH:mm:sszzz");
        var csv = new[] { "PhoneNumber,QueueId,Name,ScheduledTime" }.Concat(Enumerable.Range(0, rows).Select(i =>
            "+1555" + i.ToString("D7") + "," + queue + ",Customer " + i + "," + at)).ToList();
        await harness.ClearLogAsync();
        var output = new CountingOutput();
        var command = new OutboundCallbackCreator(output, harness.Session);
        var watch = Stopwatch.StartNew();
        foreach (var line in csv.Skip(1))
        {
            var cells = line.Split(',');
            var row = new OutboundCallbackRow { PhoneNumber = new[] { cells[0] }, QueueId = cells[1], Name = cells[2], ScheduledTime = cells[3], Input = line };
            await command.ProcessAsync(row, CancellationToken.None);
        }

        await command.CompleteAsync(CancellationToken.None);
        var elapsed = watch.Elapsed;
        var bound = TimeSpan.FromMinutes((rows + 1) / (double)ratePerMinute);
        var log = (await harness.AdminGetAsync("/emulator/requests")).EnumerateArray().ToList();
        var posts = log.Count(r => r.GetProperty("method").GetString() == "POST" && r.GetProperty("path").GetString() == "/api/v2/conversations/callbacks");
        var held = (await harness.AdminGetAsync("/emulator/callbacks")).GetArrayLength();
        Console.WriteLine("| rows | rate limit/min | bound | elapsed | elapsed/bound | created | errors | POSTs (429s included) | callbacks held | client retries |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine($"| {rows} | {ratePerMinute} | {bound.TotalSeconds:F1} s | {elapsed.TotalSeconds:F1} s | {elapsed / bound:P1} | {output.Objects} | "
            + $"{output.ErrorCount} | {posts} | {held} | {ConnectedOrg.Of(harness.Session).Api.Retries} |");
    }
}
