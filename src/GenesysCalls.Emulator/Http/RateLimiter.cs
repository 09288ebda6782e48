namespace GenesysCalls.Emulator;

/// <summary>A fixed one-minute window per access token, as the Platform API's per-token limits behave from outside.</summary>
internal sealed class RateLimiter
{
    private readonly Dictionary<string, (DateTimeOffset WindowStart, int Count)> _windows = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>Null when allowed; otherwise the seconds to wait.</summary>
    public int? TryAcquire(string token, int perMinute, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!_windows.TryGetValue(token, out var window) || now - window.WindowStart >= TimeSpan.FromMinutes(1))
            {
                window = (now, 0);
            }

            if (window.Count >= perMinute)
            {
                return Math.Max(1, (int)Math.Ceiling((window.WindowStart.AddMinutes(1) - now).TotalSeconds));
            }

            _windows[token] = (window.WindowStart, window.Count + 1);
            return null;
        }
    }
}
