using System.Globalization;
using System.Text.Json;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Outcomes;

namespace GenesysCalls.Benchmarks;

/// <summary>
/// Wait-OutboundCall's command following calls placed through New-OutboundCall's command (as in
/// `New-OutboundCall | Wait-OutboundCall`), across many agents, against an emulator whose calls play out at --call-speed.
/// </summary>
internal static class FollowRuns
{
    private sealed record Request(string Method, string Path, int Status, DateTimeOffset At);

    /// <param name="HandedAt">When the calls were handed to the waiter, if after they were placed: latency counts from then at the earliest.</param>
    private sealed record Run(string Name, int Calls, TimedOutput Output, List<string> Ids, DateTimeOffset From, DateTimeOffset To,
        List<Request> Requests, DateTimeOffset HandedAt);

    private enum Start
    {
        /// <summary>`New-OutboundCall | Wait-OutboundCall`: the waiter exists first, no agent's topic is subscribed yet.</summary>
        Cold,

        /// <summary>The calls are placed with no waiter, then handed to one (`$calls = ... ; $calls | Wait-OutboundCall`).</summary>
        Later,

        /// <summary>The waiter already follows one earlier call per agent (topics subscribed).</summary>
        Warm,
    }

    /// <summary>Live: cold (the pipeline), later (the calls saved, then followed) and warm.</summary>
    public static async Task LiveAsync(int calls, int agents, double speed, int budget)
    {
        await using var harness = await Harness.StartAsync(agents + 1, budget, null, "--call-speed", speed.ToString(CultureInfo.InvariantCulture));
        var agentIds = await ReadyAgentsAsync(harness, agents);
        var cold = await FollowAsync(harness, Start.Cold, agentIds, calls, budget);
        var later = await FollowAsync(harness, Start.Later, agentIds, calls, budget);
        var warm = await FollowAsync(harness, Start.Warm, agentIds, calls, budget);
        var ended = await EndTimesAsync(harness);
        Console.WriteLine($"{calls} calls, {agents} agents, call speed {speed}, rate budget {budget}/min (the emulator's --rate-limit)");
        Console.WriteLine("| run | statuses | errors | reported twice | follower requests (excl. details) | channels | subscriptions | call reads | "
            + "analytics reads | details reads | latency p50 | p95 | p99 | max | elapsed |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var run in new[] { cold, later, warm }) Console.WriteLine(LiveRow(run, ended));
    }

    /// <summary>Polling: subscriptions refused for client-credentials tokens; the request rate is judged from the emulator's log.</summary>
    public static async Task PollingAsync(int calls, int agents, double speed, int budget)
    {
        await using var harness = await Harness.StartAsync(agents + 1, budget, null, "--call-speed", speed.ToString(CultureInfo.InvariantCulture));
        await harness.Admin.PostAsync("/emulator/notifications/faults",
            new StringContent("{\"rejectClientCredentialsSubscriptions\":true}", System.Text.Encoding.UTF8, "application/json"));
        var agentIds = await ReadyAgentsAsync(harness, agents);
        var run = await FollowAsync(harness, Start.Cold, agentIds, calls, budget, "polling");
        var follower = run.Requests.Where(r => !IsCreate(r) && !r.Path.StartsWith("/oauth", StringComparison.Ordinal)).ToList();
        var all = run.Requests.Where(r => !r.Path.StartsWith("/oauth", StringComparison.Ordinal)).ToList();
        var quarter = budget / 4;
        var outcomes = run.Output.Statuses.GroupBy(s => s.Status.Outcome).OrderBy(g => g.Key).Select(g => g.Key + " " + g.Count());
        Console.WriteLine($"{calls} calls, {agents} agents, call speed {speed}, rate budget {budget}/min, a quarter is {quarter}/min");
        Console.WriteLine("| follower requests | of them polls | details reads | max in any 60 s | max in any 10 s (x6) | "
            + "all requests in any 60 s (with creates) | 429 answers | rows failed by 429 | reported | reported twice | elapsed |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        var failedBy429 = run.Output.Errors.Count(e => e.Error.Problem.Name.Contains("RateLimited", StringComparison.Ordinal));
        Console.WriteLine($"| {follower.Count} | {follower.Count(IsCallRead)} | {follower.Count(IsDetails)} | {MaxInWindow(follower, 60)} | "
            + $"{MaxInWindow(follower, 10) * 6} | {MaxInWindow(all, 60)} | {run.Requests.Count(r => r.Status == 429)} | {failedBy429} | "
            + $"{run.Output.Statuses.Count + run.Output.Errors.Count} of {calls} | {run.Output.ReportedTwice()} | "
            + $"{(run.To - run.From).TotalSeconds:F1} s |");
        var errors = run.Output.Errors.GroupBy(e => e.Error.Problem.Name).Select(g => g.Key + " " + g.Count());
        Console.WriteLine("outcomes: " + string.Join(", ", outcomes) + "; errors: " + string.Join(", ", errors));
        var modes = run.Output.Verbose.Where(v => v.StartsWith("Polling", StringComparison.Ordinal)).Distinct().Take(2);
        Console.WriteLine("mode: " + string.Join(" | ", modes));
    }

    private static async Task<Run> FollowAsync(Harness harness, Start start, List<string> agentIds, int calls, int budget, string? name = null)
    {
        name ??= start.ToString().ToLowerInvariant();
        var output = new TimedOutput();
        var settings = new FollowSettings { RateBudgetPerMinute = budget };
        var run = name == "polling" ? 9 : (int)start + 1;
        var from = DateTimeOffset.UtcNow;
        var placedFirst = start == Start.Later ? await PlaceAsync(harness, null, agentIds, calls, i => $"+1555{run}{i / 9:D5}{i % 9}") : null;
        var wait = new CallWaiter(output, harness.Session, OutboundCallCondition.Ended, 600, settings);
        try
        {
            if (start == Start.Warm)
            {
                // One earlier call per agent gets every topic subscribed; the measured calls come after the subscription's slack.
                await PlaceAsync(harness, wait, agentIds, agentIds.Count, i => $"+1556{run}{i:D5}5");
                await wait.CompleteAsync(CancellationToken.None);
                await Task.Delay(TimeSpan.FromSeconds(2.5));
                from = DateTimeOffset.UtcNow;
            }

            var handedAt = DateTimeOffset.MinValue;
            if (placedFirst != null)
            {
                handedAt = DateTimeOffset.UtcNow;
                foreach (var call in placedFirst) await wait.ProcessAsync(CallInput.From(call.ConversationId, call), CancellationToken.None);
            }

            var ids = placedFirst?.Select(c => c.ConversationId).ToList()
                ?? (await PlaceAsync(harness, wait, agentIds, calls, i => $"+1555{run}{i / 9:D5}{i % 9}")).Select(c => c.ConversationId).ToList();
            Console.Error.WriteLine($"{name}: {ids.Count} placed in {(DateTimeOffset.UtcNow - from).TotalSeconds:F1} s");
            // Polling 1,000 calls at a quarter of 9,000/min needs about a minute by design; give it room, fail a hang.
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(180));
            try
            {
                await wait.CompleteAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                foreach (var v in output.Verbose.Distinct().Take(40)) Console.Error.WriteLine(v);
                Console.Error.WriteLine($"statuses {output.Statuses.Count}, errors {output.Errors.Count}");
                DumpPending(wait);
                throw;
            }
            var to = DateTimeOffset.UtcNow;
            var requests = (await RequestsAsync(harness)).Where(r => r.At >= from && r.At <= to).ToList();
            return new Run(name, calls, output, ids, from, to, requests, handedAt);
        }
        finally
        {
            await wait.StopAsync();
        }
    }

    /// <summary>Places the calls 8 at a time and hands each to the wait command (if any) as it is written, as the pipeline does.</summary>
    private static async Task<List<OutboundCall>> PlaceAsync(Harness harness, CallWaiter? wait, List<string> agentIds, int calls,
        Func<int, string> number)
    {
        var all = new List<OutboundCall>();
        // Each call goes to the waiter the moment it is written, one at a time, as PowerShell's pipeline thread hands it on.
        var output = new CountingOutput
        {
            OnObject = o =>
            {
                var call = (OutboundCall)o;
                lock (all)
                {
                    all.Add(call);
                    wait?.ProcessAsync(CallInput.From(call.ConversationId, call), CancellationToken.None).GetAwaiter().GetResult();
                }
            },
        };
        var place = new OutboundCallPlacer(output, harness.Session) { ThrottleLimit = 8 };
        for (var i = 0; i < calls; i++)
        {
            await place.ProcessAsync(new OutboundCallRow { PhoneNumber = number(i), OnBehalfOf = agentIds[i % agentIds.Count] }, CancellationToken.None);
        }

        await place.CompleteAsync(CancellationToken.None);
        if (output.ErrorCount > 0)
        {
            var why = string.Join(", ", output.Errors.Select(e => e.Key + " " + e.Value));
            throw new InvalidOperationException(output.ErrorCount + " calls could not be placed: " + why);
        }

        return all;
    }

    private static string LiveRow(Run run, Dictionary<string, DateTimeOffset> ended)
    {
        var measured = new HashSet<string>(run.Ids);
        var latencies = run.Output.Statuses.Where(s => measured.Contains(s.Status.ConversationId) && ended.ContainsKey(s.Status.ConversationId))
            .Select(s => (s.At - Later(ended[s.Status.ConversationId], run.HandedAt)).TotalMilliseconds).OrderBy(ms => ms).ToList();
        // New-OutboundCall's own requests (creates, its agent look-ups under /api/v2/users) overlap the wait in the pipeline.
        var wait = run.Requests.Where(r => !IsCreate(r) && !IsDetails(r) && !r.Path.StartsWith("/oauth", StringComparison.Ordinal)
            && !r.Path.StartsWith("/api/v2/users", StringComparison.Ordinal)).ToList();
        var written = run.Output.Statuses.Count(s => measured.Contains(s.Status.ConversationId));
        return $"| {run.Name} | {written} of {run.Calls} | {run.Output.Errors.Count} | "
            + $"{run.Output.ReportedTwice()} | {wait.Count} | {wait.Count(r => r.Method == "POST" && r.Path == "/api/v2/notifications/channels")} | "
            + $"{wait.Count(r => r.Path.EndsWith("/subscriptions", StringComparison.Ordinal))} | {wait.Count(IsCallRead)} | "
            + $"{wait.Count(r => r.Path.StartsWith("/api/v2/analytics/", StringComparison.Ordinal))} | {run.Requests.Count(IsDetails)} | "
            + $"{Percentile(latencies, 0.50):F0} ms | {Percentile(latencies, 0.95):F0} ms | {Percentile(latencies, 0.99):F0} ms | "
            + $"{latencies.LastOrDefault():F0} ms | "
            + $"{(run.To - run.From).TotalSeconds:F1} s |";
    }

    private static void DumpPending(CallWaiter wait)
    {
        var flags = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance;
        var follower = typeof(CallWaiter).GetField("_follower", flags)!.GetValue(wait)!;
        var calls = (System.Collections.IDictionary)follower.GetType().GetField("_calls", flags)!.GetValue(follower)!;
        var bulk = (System.Collections.IDictionary)follower.GetType().GetField("_bulk", flags)!.GetValue(follower)!;
        foreach (System.Collections.DictionaryEntry e in calls)
        {
            var call = e.Value!;
            var t = call.GetType();
            if ((bool)t.GetProperty("Done")!.GetValue(call)!) continue;
            var status = (OutboundCallStatus)t.GetProperty("Status")!.GetValue(call)!;
            Console.Error.WriteLine($"PENDING {e.Key} state={status.State} mode={t.GetProperty("Mode")!.GetValue(call)} "
                + $"details={t.GetProperty("DetailsRequested")!.GetValue(call)} inBulk={bulk.Contains(e.Key)} legs={status.Legs.Count} "
                + string.Join(";", status.Legs.Select(l => l.ParticipantId + ":" + l.Phase + ":" + l.Purpose)));
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>The most requests inside any window of the given length (sliding, from the emulator's timestamps).</summary>
    private static int MaxInWindow(List<Request> requests, int seconds)
    {
        var times = requests.Select(r => r.At).OrderBy(t => t).ToList();
        int best = 0, start = 0;
        for (var end = 0; end < times.Count; end++)
        {
            while (times[end] - times[start] >= TimeSpan.FromSeconds(seconds)) start++;
            best = Math.Max(best, end - start + 1);
        }

        return best;
    }

    private static bool IsCreate(Request r) => r.Method == "POST" && r.Path.StartsWith("/api/v2/conversations/calls", StringComparison.Ordinal);

    private static bool IsCallRead(Request r) => r.Method == "GET" && r.Path.StartsWith("/api/v2/conversations/calls/", StringComparison.Ordinal);

    private static bool IsDetails(Request r) =>
        r.Method == "GET" && r.Path.StartsWith("/api/v2/conversations/", StringComparison.Ordinal)
        && !r.Path.StartsWith("/api/v2/conversations/calls", StringComparison.Ordinal);

    /// <summary>The seed leaves some generated agents inactive or without a station; the ones used here are made ready to place calls.</summary>
    private static async Task<List<string>> ReadyAgentsAsync(Harness harness, int agents)
    {
        var ids = (await harness.UserIdsAsync()).Skip(1).Take(agents).ToList();
        foreach (var id in ids)
        {
            var change = new StringContent("{\"state\":\"active\",\"hasStation\":true}", System.Text.Encoding.UTF8, "application/json");
            (await harness.Admin.PatchAsync("/emulator/users/" + id, change)).EnsureSuccessStatusCode();
        }

        return ids;
    }

    private static async Task<List<Request>> RequestsAsync(Harness harness) =>
        (await harness.AdminGetAsync("/emulator/requests")).EnumerateArray().Select(r => new Request(r.GetProperty("method").GetString()!,
            r.GetProperty("path").GetString()!, r.GetProperty("status").GetInt32(), r.GetProperty("at").GetDateTimeOffset())).ToList();

    /// <summary>When the emulator ended each call (its planned end, the moment its state changed to disconnected).</summary>
    private static async Task<Dictionary<string, DateTimeOffset>> EndTimesAsync(Harness harness)
    {
        var ended = new Dictionary<string, DateTimeOffset>();
        foreach (var c in (await harness.AdminGetAsync("/emulator/conversations")).EnumerateArray())
        {
            if (c.TryGetProperty("call", out var call) && call.ValueKind == JsonValueKind.Object && call.TryGetProperty("endedAt", out var at)
                && at.ValueKind == JsonValueKind.String)
            {
                ended[c.GetProperty("id").GetString()!] = DateTimeOffset.Parse(at.GetString()!, CultureInfo.InvariantCulture);
            }
        }

        return ended;
    }
}
