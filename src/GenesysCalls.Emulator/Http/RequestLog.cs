using System.Collections.Concurrent;

namespace GenesysCalls.Emulator;

public sealed record LoggedRequest(string Method, string Path, string Query, int Status, double DurationMs, DateTimeOffset At);

/// <summary>Every request the org served (admin calls under /emulator excluded), oldest first. Status 0 means the connection was reset.</summary>
internal sealed class RequestLog
{
    private readonly ConcurrentQueue<LoggedRequest> _entries = new();

    public void Add(LoggedRequest entry) => _entries.Enqueue(entry);

    public IReadOnlyList<LoggedRequest> Snapshot() => _entries.ToArray();

    public void Clear() => _entries.Clear();

    public static async Task Middleware(HttpContext context, Func<Task> next, RequestLog log)
    {
        if (context.Request.Path.StartsWithSegments("/emulator"))
        {
            await next();
            return;
        }

        var started = DateTimeOffset.UtcNow;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await next();
        }
        finally
        {
            var status = context.Items.ContainsKey(FaultInjector.ResetMarker) ? 0 : context.Response.StatusCode;
            log.Add(new LoggedRequest(context.Request.Method, context.Request.Path.Value ?? "/", context.Request.QueryString.Value ?? "", status,
                Math.Round(watch.Elapsed.TotalMilliseconds, 2), started));
        }
    }
}
