namespace GenesysCalls.Emulator;

/// <summary>What POST /emulator/faults sets. Rates are shares from 0 to 1; filters limit which /api/v2 requests are hit.</summary>
public sealed class FaultSettings
{
    public int LatencyMs { get; set; }
    /// <summary>Share of requests that get LatencyMs (1: all of them; less for spikes).</summary>
    public double LatencyRate { get; set; } = 1;
    public double ServiceUnavailableRate { get; set; }
    /// <summary>Connection reset before the request is handled (nothing happened).</summary>
    public double ResetRate { get; set; }
    /// <summary>Connection reset after the request was handled (it happened, the answer is lost).</summary>
    public double ResetAfterRate { get; set; }
    /// <summary>Every matching request gets 429 for this many seconds from now.</summary>
    public int RateLimitStormSeconds { get; set; }
    public string? PathContains { get; set; }
    /// <summary>Also hit the login host's paths (/oauth, /.well-known): a whole job's latency, sign-in included.</summary>
    public bool IncludeLogin { get; set; }
    public string? Method { get; set; }
    public int Seed { get; set; } = 1;
}

internal sealed class FaultInjector
{
    public const string ResetMarker = "emulator.reset";
    private readonly object _gate = new();
    private FaultSettings _settings = new();
    private Random _random = new(1);
    private DateTimeOffset _stormUntil = DateTimeOffset.MinValue;

    public FaultSettings Settings
    {
        get { lock (_gate) return _settings; }
    }

    public void Set(FaultSettings settings)
    {
        lock (_gate)
        {
            _settings = settings;
            _random = new Random(settings.Seed);
            _stormUntil = settings.RateLimitStormSeconds > 0 ? DateTimeOffset.UtcNow.AddSeconds(settings.RateLimitStormSeconds)
                : DateTimeOffset.MinValue;
        }
    }

    public async Task Middleware(HttpContext context, Func<Task> next)
    {
        FaultSettings settings;
        double roll503, rollReset, rollAfter, rollLatency;
        DateTimeOffset stormUntil;
        lock (_gate)
        {
            settings = _settings;
            stormUntil = _stormUntil;
            roll503 = _random.NextDouble();
            rollReset = _random.NextDouble();
            rollAfter = _random.NextDouble();
            rollLatency = _random.NextDouble();
        }

        if (!Applies(context, settings))
        {
            await next();
            return;
        }

        if (settings.LatencyMs > 0 && rollLatency < settings.LatencyRate) await Task.Delay(settings.LatencyMs, context.RequestAborted);
        if (DateTimeOffset.UtcNow < stormUntil)
        {
            var wait = Math.Max(1, (int)Math.Ceiling((stormUntil - DateTimeOffset.UtcNow).TotalSeconds));
            await GenesysErrors.TooManyRequests(context, wait).ExecuteAsync(context);
            return;
        }

        if (rollReset < settings.ResetRate)
        {
            Reset(context);
            return;
        }

        if (roll503 < settings.ServiceUnavailableRate)
        {
            await GenesysErrors.ServiceUnavailable(context).ExecuteAsync(context);
            return;
        }

        if (rollAfter < settings.ResetAfterRate)
        {
            // Let the request take effect, then drop the answer.
            var original = context.Response.Body;
            context.Response.Body = Stream.Null;
            await next();
            context.Response.Body = original;
            Reset(context);
            return;
        }

        await next();
    }

    private static void Reset(HttpContext context)
    {
        context.Items[ResetMarker] = true;
        context.Abort();
    }

    private static bool Applies(HttpContext context, FaultSettings settings)
    {
        var login = context.Request.Path.StartsWithSegments("/oauth") || context.Request.Path.StartsWithSegments("/.well-known");
        if (!context.Request.Path.StartsWithSegments("/api/v2") && !(settings.IncludeLogin && login)) return false;
        if (settings.PathContains != null && !(context.Request.Path.Value ?? "").Contains(settings.PathContains,
            StringComparison.OrdinalIgnoreCase)) return false;
        return settings.Method == null || string.Equals(settings.Method, context.Request.Method, StringComparison.OrdinalIgnoreCase);
    }
}
