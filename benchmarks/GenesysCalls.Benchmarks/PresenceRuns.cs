using System.Diagnostics;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Model;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Benchmarks;

internal static class PresenceRuns
{
    /// <summary>1,000 agents, 20 ms of latency on every request: the bulk command against three GETs per agent.</summary>
    public static async Task BulkVersusNaiveAsync()
    {
        await using var harness = await Harness.StartAsync(agents: 1000, rateLimit: 10_000_000);
        var ids = (await harness.UserIdsAsync()).Skip(1).Take(1000).ToList();
        await harness.SetFaultsAsync("{\"latencyMs\":20}");

        await harness.ClearLogAsync();
        var watch = Stopwatch.StartNew();
        var output = new CountingOutput();
        var command = new AgentPresenceChecker(output, harness.Session);
        foreach (var id in ids) await command.ProcessAsync(PresenceInput.ForUserId(id), CancellationToken.None);
        await command.CompleteAsync(CancellationToken.None);
        var bulkTime = watch.Elapsed;
        var bulkRequests = (await harness.AdminGetAsync("/emulator/requests")).EnumerateArray().Count(r => r.GetProperty("path").GetString()!.StartsWith("/api/v2/"));

        await harness.ClearLogAsync();
        watch.Restart();
        foreach (var id in ids)
        {
            await ConnectedOrg.Of(harness.Session).Api.SendAsync(ApiRequest.Get($"/api/v2/users/{id}/presences/purecloud"), GenesysJsonContext.Default.UserPresence, NullApiLog.Instance, CancellationToken.None);
            await ConnectedOrg.Of(harness.Session).Api.SendAsync(ApiRequest.Get($"/api/v2/users/{id}/routingstatus"), GenesysJsonContext.Default.RoutingStatus, NullApiLog.Instance, CancellationToken.None);
            await ConnectedOrg.Of(harness.Session).Api.SendAsync(ApiRequest.Get($"/api/v2/users/{id}/station"), GenesysJsonContext.Default.UserStations, NullApiLog.Instance, CancellationToken.None);
        }

        var naiveTime = watch.Elapsed;
        var naiveRequests = (await harness.AdminGetAsync("/emulator/requests")).EnumerateArray().Count(r => r.GetProperty("path").GetString()!.StartsWith("/api/v2/"));

        Console.WriteLine($"| approach | agents | API requests | wall time |");
        Console.WriteLine($"|---|---|---|---|");
        Console.WriteLine($"| Test-AgentPresence (bulk) | {ids.Count} | {bulkRequests} | {bulkTime.TotalSeconds:F2} s |");
        Console.WriteLine($"| naive (3 GETs per agent)  | {ids.Count} | {naiveRequests} | {naiveTime.TotalSeconds:F2} s |");
        Console.WriteLine($"results: {output.Objects}, errors: {output.ErrorCount}");
    }

    /// <summary>100,000 ids streamed through the command: windows are read and written as they fill, so memory stays flat.</summary>
    public static async Task StreamAsync(int count)
    {
        await using var harness = await Harness.StartAsync(agents: 1000, rateLimit: 10_000_000);
        var ids = (await harness.UserIdsAsync()).Skip(1).Take(1000).ToArray();
        var output = new CountingOutput();
        var command = new AgentPresenceChecker(output, harness.Session);
        var watch = Stopwatch.StartNew();
        var samples = new List<long>();
        for (var i = 0; i < count; i++)
        {
            await command.ProcessAsync(PresenceInput.ForUserId(ids[i % ids.Length]), CancellationToken.None);
            if (i % 10_000 == 0) samples.Add(Process.GetCurrentProcess().WorkingSet64);
        }

        await command.CompleteAsync(CancellationToken.None);
        Console.WriteLine($"{count} ids -> {output.Objects} results, {output.ErrorCount} errors in {watch.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"working set every 10,000 ids (MB): {string.Join(", ", samples.Select(s => (s / 1048576).ToString()))}");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");
    }
}
