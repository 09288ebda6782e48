using BenchmarkDotNet.Running;

namespace GenesysCalls.Benchmarks;

/// <summary>
/// dotnet run -c Release --project benchmarks/GenesysCalls.Benchmarks -- &lt;run&gt;
///   validator          BenchmarkDotNet: validations per second on the seed-style payloads
///   presence           1,000 agents with injected latency: bulk vs three GETs per agent; requests counted in the emulator log
///   presence-stream    100,000 ids streamed through Test-AgentPresence's command: peak working set
///   outbound           1,000 rows against --rate-limit R: time against the 1000/R-minute bound, 429 failures, conversations
///   outbound-stream    100,000 rows streamed through New-OutboundCall's command: peak working set
///   contacts [R]       100,000 CSV rows through Add-OutboundContact's command: 100 requests, pace against --rate-limit R (60), working set
///   follow [S]         1,000 calls over 100 agents followed live at --call-speed S (20): wait requests, status latency (cold and warm)
///   follow-polling [S] the same with subscriptions refused (polling) under a 9,000/min budget: requests per minute, 429s, outcomes
///   callbacks [R]      a CSV of 1,000 callbacks through New-OutboundCallback's command against --rate-limit R (300): one POST each, pace
///   fuzz [N]           N mutated and generated payloads through the validator (default 1,000,000)
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var run = args.Length > 0 ? args[0] : "";
        switch (run)
        {
            case "validator":
                BenchmarkRunner.Run<ValidatorBenchmarks>(args: args.Skip(1).ToArray());
                return 0;
            case "presence": await PresenceRuns.BulkVersusNaiveAsync(); return 0;
            case "presence-stream": await PresenceRuns.StreamAsync(100_000); return 0;
            case "outbound": await OutboundRuns.RateLimitedAsync(rows: 1000, ratePerMinute: args.Length > 1 ? int.Parse(args[1]) : 500); return 0;
            case "outbound-stream": await OutboundRuns.StreamAsync(100_000); return 0;
            case "contacts": await ContactRuns.CsvAsync(rows: 100_000, ratePerMinute: args.Length > 1 ? int.Parse(args[1]) : 60); return 0;
            case "follow": await FollowRuns.LiveAsync(args.Length > 2 ? int.Parse(args[2]) : 1000, 100, args.Length > 1 ? double.Parse(args[1]) : 20, budget: 60_000); return 0;
            case "follow-polling": await FollowRuns.PollingAsync(1000, 100, args.Length > 1 ? double.Parse(args[1]) : 20, budget: 9_000); return 0;
            case "callbacks": await CallbackRuns.CsvAsync(rows: 1000, ratePerMinute: args.Length > 1 ? int.Parse(args[1]) : 300); return 0;
            case "fuzz": FuzzRun.Run(args.Length > 1 ? int.Parse(args[1]) : 1_000_000); return 0;
            default:
                Console.Error.WriteLine("Name a run: validator, presence, presence-stream, outbound [R], outbound-stream, contacts [R], follow [S], follow-polling [S], callbacks [R], fuzz [N]. The fault matrix is an xunit test (FaultMatrixTests).");
                return 2;
        }
    }
}
