using System.Net.Http;

namespace GenesysCalls.Core.Http
{
    internal sealed class ApiRequest
    {
        private ApiRequest(HttpMethod method, string pathAndQuery, string? jsonBody, bool createsSomething)
        {
            Method = method;
            PathAndQuery = pathAndQuery;
            JsonBody = jsonBody;
            CreatesSomething = createsSomething;
        }

        public HttpMethod Method { get; }

        /// <summary>Relative to the API base, already escaped: /api/v2/users?id=…</summary>
        public string PathAndQuery { get; }

        public string? JsonBody { get; }

        /// <summary>Creates or changes something: never retried once it may have reached the service (only reads are).</summary>
        public bool CreatesSomething { get; }

        public static ApiRequest Get(string pathAndQuery) => new ApiRequest(HttpMethod.Get, pathAndQuery, null, false);

        /// <summary>A POST that only reads (search): safe to retry.</summary>
        public static ApiRequest Query(string pathAndQuery, string jsonBody) => new ApiRequest(HttpMethod.Post, pathAndQuery, jsonBody, false);

        public static ApiRequest Create(string pathAndQuery, string jsonBody) => new ApiRequest(HttpMethod.Post, pathAndQuery, jsonBody, true);

        /// <summary>A PUT that changes state once (a campaign's status, with its version): like a create, never resent once it may have been
        /// processed.</summary>
        public static ApiRequest ChangeOnce(string pathAndQuery, string jsonBody) => new ApiRequest(HttpMethod.Put, pathAndQuery, jsonBody, true);

        /// <summary>A POST without a body that creates something (a notification channel).</summary>
        public static ApiRequest CreateEmpty(string pathAndQuery) => new ApiRequest(HttpMethod.Post, pathAndQuery, null, true);

        /// <summary>A PATCH that changes state (a reschedule, a hang-up): never resent once it may have been processed, so a lost
        /// answer is OutcomeUnknown rather than a second change the user never asked for.</summary>
        public static ApiRequest Update(string pathAndQuery, string jsonBody) => new ApiRequest(new HttpMethod("PATCH"), pathAndQuery, jsonBody,
            true);

        /// <summary>A POST that changes state without creating anything (a bulk cancel): never resent once it may have been processed.</summary>
        public static ApiRequest Change(string pathAndQuery, string jsonBody) => new ApiRequest(HttpMethod.Post, pathAndQuery, jsonBody, true);

        /// <summary>An idempotent PUT that replaces a list: safe to retry.</summary>
        public static ApiRequest Replace(string pathAndQuery, string jsonBody) => new ApiRequest(HttpMethod.Put, pathAndQuery, jsonBody, false);
    }

    internal sealed class ApiResponse<T>
    {
        public ApiResponse(T value, string? correlationId, int attempts)
        {
            Value = value;
            CorrelationId = correlationId;
            Attempts = attempts;
        }

        public T Value { get; }

        public string? CorrelationId { get; }

        public int Attempts { get; }
    }
}
