using System;
using System.Collections.Generic;
using GenesysCalls.Core.Model;

namespace GenesysCalls.Core.Http
{
    /// <summary>Any non-2xx answer (or an unusable one) from the Platform API, with everything the ErrorBody and headers said.</summary>
    internal class GenesysApiException : Exception
    {
        public GenesysApiException(int statusCode, string method, string path, ErrorBody? body, string? correlationId,
            string? fallbackMessage = null, Exception? inner = null)
            : base(Compose(statusCode, method, path, body, fallbackMessage), inner)
        {
            StatusCode = statusCode;
            Method = method;
            Path = path;
            Code = body?.Code;
            ServiceMessage = body?.Message ?? fallbackMessage;
            MessageParams = body?.MessageParams ?? new Dictionary<string, string>();
            ContextId = body?.ContextId;
            CorrelationId = correlationId ?? body?.ContextId;
        }

        /// <summary>HTTP status; 0 when no answer arrived.</summary>
        public int StatusCode { get; }

        public string Method { get; }

        /// <summary>Path and query, never the host's credentials.</summary>
        public string Path { get; }

        /// <summary>The Genesys error code, such as not.a.user.</summary>
        public string? Code { get; }

        public string? ServiceMessage { get; }

        public IReadOnlyDictionary<string, string> MessageParams { get; }

        public string? ContextId { get; }

        /// <summary>The ININ-Correlation-Id header, for Genesys support.</summary>
        public string? CorrelationId { get; }

        private static string Compose(int status, string method, string path, ErrorBody? body, string? fallback)
        {
            var what = body?.Message ?? fallback ?? "The request failed.";
            var code = body?.Code != null ? " [" + body.Code + "]" : string.Empty;
            return Redactor.Redact(method + " " + Shorten(path) + " answered " + status + code + ": " + what);
        }

        /// <summary>A bulk read's query can hold 100 ids; a message names the resource, and Path keeps the whole.</summary>
        private static string Shorten(string path)
        {
            var query = path.IndexOf('?');
            return query >= 0 && path.Length > 120 ? path.Substring(0, query) + "?..." : path;
        }
    }

    /// <summary>A create request may have been processed but no answer arrived (timeout or connection lost after sending). Never retried.</summary>
    internal sealed class OutcomeUnknownException : GenesysApiException
    {
        public OutcomeUnknownException(string method, string path, string reason, string? correlationId, Exception? inner)
            : base(0, method, path, null, correlationId, "Outcome unknown: " + reason
                + " The request was sent and may have been processed; it was not retried to avoid a duplicate call.", inner)
        {
        }
    }
}
