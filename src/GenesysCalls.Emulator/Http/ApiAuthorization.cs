namespace GenesysCalls.Emulator;

/// <summary>Bearer tokens, per-token rate limits, scopes and permissions for /api/v2.</summary>
internal static class ApiAuthorization
{
    private const string TokenKey = "emulator.token";

    public static async Task Middleware(HttpContext context, Func<Task> next, OrgState org, RateLimiter limiter)
    {
        if (!context.Request.Path.StartsWithSegments("/api/v2"))
        {
            await next();
            return;
        }

        GenesysErrors.CorrelationId(context);
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            await GenesysErrors.AuthenticationRequired(context).ExecuteAsync(context);
            return;
        }

        var token = org.FindToken(header.Substring("Bearer ".Length).Trim());
        if (token == null || token.ExpiresAt <= DateTimeOffset.UtcNow)
        {
            await GenesysErrors.BadCredentials(context).ExecuteAsync(context);
            return;
        }

        var wait = limiter.TryAcquire(token.Value, org.RateLimitPerMinute, DateTimeOffset.UtcNow);
        if (wait != null)
        {
            await GenesysErrors.TooManyRequests(context, wait.Value).ExecuteAsync(context);
            return;
        }

        context.Items[TokenKey] = token;
        await next();
    }

    public static EmToken Token(this HttpContext context) => (EmToken)context.Items[TokenKey]!;

    /// <summary>Null when allowed; else the service's 403. Scopes are enforced only for clients that have a scope list.</summary>
    public static IResult? Require(HttpContext context, string[] scopes, params string[] anyPermission)
    {
        var token = context.Token();
        if (token.Client.Scopes.Count > 0 && !scopes.Any(token.Client.Scopes.Contains))
        {
            return GenesysErrors.ScopeNotAuthorized(context, scopes[0]);
        }

        if (anyPermission.Length == 0) return null;
        var held = token.User?.Permissions ?? token.Client.Permissions;
        return anyPermission.Any(held.Contains) ? null : GenesysErrors.MissingAnyPermissions(context, anyPermission);
    }
}
