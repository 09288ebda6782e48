namespace GenesysCalls.Emulator;

/// <summary>ErrorBody responses with the service's codes and message texts (x-inin-error-codes).</summary>
internal static class GenesysErrors
{
    public const string CorrelationHeader = "ININ-Correlation-Id";

    public static IResult Create(HttpContext context, int status, string code, string message, Dictionary<string, string>? messageParams = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["message"] = message,
            ["code"] = code,
            ["status"] = status,
            ["messageParams"] = messageParams ?? new Dictionary<string, string>(),
            ["contextId"] = CorrelationId(context),
            ["details"] = Array.Empty<object>(),
            ["errors"] = Array.Empty<object>(),
        };
        return Results.Json(body, EmulatorJson.Options, "application/json", status);
    }

    public static string CorrelationId(HttpContext context)
    {
        if (context.Items.TryGetValue(CorrelationHeader, out var existing) && existing is string id) return id;
        id = Guid.NewGuid().ToString("D");
        context.Items[CorrelationHeader] = id;
        context.Response.Headers[CorrelationHeader] = id;
        return id;
    }

    public static IResult NotAUser(HttpContext c) => Create(c, 400, "not.a.user",
        "This request requires a user context. Client credentials cannot be used for requests to this resource.");

    public static IResult BadRequest(HttpContext c, string message) => Create(c, 400, "bad.request", message);

    public static IResult InvalidProperty(HttpContext c, string property, string objectName) => Create(c, 400, "invalid.property",
        $"Value [{property}] is not a valid property for object [{objectName}]", new() { ["value"] = property, ["object"] = objectName });

    public static IResult InvalidValue(HttpContext c, string value, string type) => Create(c, 400, "invalid.value",
        $"Value [{value}] is not valid for field type [{type}]. Allowable values are: {type}");

    public static IResult NotFound(HttpContext c, string code = "not.found", string message = "The requested resource was not found.") =>
        Create(c, 404, code, message);

    public static IResult MissingAnyPermissions(HttpContext c, params string[] permissions) => Create(c, 403, "missing.any.permissions",
        "Unable to perform the requested action. You must have at least one of the following permissions assigned: " + string.Join(", ",
            permissions));

    public static IResult ScopeNotAuthorized(HttpContext c, string scope) => Create(c, 403, "app.not.authorized.for.scope",
        "App not authorized to use scope " + scope);

    public static IResult AuthenticationRequired(HttpContext c) => Create(c, 401, "authentication.required",
        "No authentication bearer token specified in authorization header.");

    public static IResult BadCredentials(HttpContext c) => Create(c, 401, "bad.credentials", "Invalid login credentials.");

    public static IResult TooManyRequests(HttpContext c, int retryAfterSeconds)
    {
        c.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Create(c, 429, "too.many.requests.retry.after", $"Rate limit exceeded the maximum. Retry the request in [{retryAfterSeconds}] seconds",
            new() { ["retryAfter"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    public static IResult ServiceUnavailable(HttpContext c) => Create(c, 503, "service.unavailable",
        "Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).");

    public static IResult TooLarge(HttpContext c, int max) => Create(c, 413, "request.entity.too.large",
        $"The request is over the size limit. Maximum bytes: {max}");

    public static IResult UnsupportedMediaType(HttpContext c) => Create(c, 415, "unsupported.media.type",
        "Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.");
}
