using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Model;

namespace GenesysCalls.Core.Http
{
    /// <summary>The one way this module calls the Platform API: auth header, retry rules, error mapping, tracing.</summary>
    internal sealed class GenesysApiClient : IDisposable
    {
        private const string CorrelationHeader = "ININ-Correlation-Id";
        private readonly HttpClient _http;
        private readonly Uri _apiBase;
        private readonly TokenManager _tokens;
        private readonly Random _random = new Random();
        private int _retries;

        public GenesysApiClient(HttpClient http, Uri apiBase, TokenManager tokens, RetryPolicy policy)
        {
            _http = http;
            _apiBase = apiBase;
            _tokens = tokens;
            Policy = policy;
        }

        public RetryPolicy Policy { get; }

        public TokenManager Tokens => _tokens;

        /// <summary>Requests sent again so far (after a 401, 429, 5xx on a read, or a network failure that allowed it).</summary>
        public int Retries => _retries;

        public async Task<ApiResponse<T>> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> responseType, IApiLog log, CancellationToken cancellationToken)
        {
            var attempt = 0;
            var rateLimited = 0;
            var transient = 0;
            var renewedAfter401 = false;
            var uri = new Uri(_apiBase, request.PathAndQuery);
            var label = request.Method.Method + " " + Redactor.Redact(uri.ToString());
            while (true)
            {
                attempt++;
                var token = await TokenAsync(request, cancellationToken).ConfigureAwait(false);
                var watch = Stopwatch.StartNew();
                HttpResponseMessage response;
                try
                {
                    response = await SendOnceAsync(request, uri, token, log, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception ex) when (ex is OperationCanceledException || ex is HttpRequestException)
                {
                    var timedOut = ex is OperationCanceledException;
                    var neverSent = !timedOut && IsConnectionRefused(ex);
                    var reason = timedOut ? "no answer within " + Policy.RequestTimeout.TotalSeconds + " s" : "connection failed (" + Innermost(ex) + ")";
                    log.Verbose(label + " -> " + reason + " after " + watch.ElapsedMilliseconds + " ms (attempt " + attempt + ")");
                    if ((neverSent || !request.CreatesSomething) && transient < Policy.MaxTransientRetries)
                    {
                        await WaitAsync(Policy.Backoff(transient++, _random), label, "retrying", log, cancellationToken).ConfigureAwait(false);
                        Interlocked.Increment(ref _retries);
                        continue;
                    }

                    if (request.CreatesSomething && !neverSent) throw new OutcomeUnknownException(request.Method.Method, request.PathAndQuery, reason + ".", null, ex);
                    throw new GenesysApiException(0, request.Method.Method, request.PathAndQuery, null, null,
                        (neverSent ? "Not sent: " : "No usable answer: ") + reason + ".", ex);
                }

                using (response)
                {
                    var status = (int)response.StatusCode;
                    var correlationId = response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;
                    var text = response.Content == null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                    log.Verbose(label + " -> " + status + " in " + watch.ElapsedMilliseconds + " ms" + (attempt > 1 ? " (attempt " + attempt + ")" : string.Empty));
                    if (text.Length > 0) log.Debug("Response body: " + Redactor.Redact(text));

                    if (status >= 200 && status < 300)
                    {
                        return new ApiResponse<T>(Parse(text, responseType, request, status, correlationId), correlationId, attempt);
                    }

                    if (status == 401 && _tokens.CanRenew && !renewedAfter401)
                    {
                        renewedAfter401 = true;
                        _tokens.Reject(token);
                        log.Verbose(label + ": token rejected (401); renewing it once and retrying.");
                        Interlocked.Increment(ref _retries);
                        continue;
                    }

                    if (status == 429 && rateLimited < Policy.MaxRateLimitRetries)
                    {
                        var wait = RetryAfter(response) ?? Policy.DefaultRetryAfter;
                        if (wait <= Policy.MaxRetryAfter)
                        {
                            rateLimited++;
                            await WaitAsync(wait, label, "rate limited (429); Retry-After", log, cancellationToken).ConfigureAwait(false);
                            Interlocked.Increment(ref _retries);
                            continue;
                        }
                    }

                    if (RetryPolicy.IsTransient(status) && !request.CreatesSomething && transient < Policy.MaxTransientRetries)
                    {
                        await WaitAsync(Policy.Backoff(transient++, _random), label, status + "; retrying", log, cancellationToken).ConfigureAwait(false);
                        Interlocked.Increment(ref _retries);
                        continue;
                    }

                    throw new GenesysApiException(status, request.Method.Method, request.PathAndQuery, TryErrorBody(text), correlationId,
                        "The service answered " + status + " " + response.ReasonPhrase + " without a Genesys error body.");
                }
            }
        }

        public void Dispose() => _http.Dispose();

        /// <summary>A renewal that fails mid-command (a revoked refresh token, a rotated secret) is this request's 401, not a crash.</summary>
        private async Task<AccessToken> TokenAsync(ApiRequest request, CancellationToken cancellationToken)
        {
            try
            {
                return await _tokens.GetAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (AuthenticationFailedException ex)
            {
                throw new GenesysApiException(401, request.Method.Method, request.PathAndQuery, null, null,
                    "Renewing the session's token failed: " + ex.Message + " Connect again with Connect-GenesysOrg.", ex);
            }
        }

        private async Task<HttpResponseMessage> SendOnceAsync(ApiRequest request, Uri uri, AccessToken token, IApiLog log, CancellationToken cancellationToken)
        {
            using var message = new HttpRequestMessage(request.Method, uri);
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
            if (request.JsonBody != null)
            {
                message.Content = new StringContent(request.JsonBody, Encoding.UTF8, "application/json");
                log.Debug("Request body: " + Redactor.Redact(request.JsonBody));
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Policy.RequestTimeout);
            var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            return response;
        }

        private static T Parse<T>(string text, JsonTypeInfo<T> type, ApiRequest request, int status, string? correlationId)
        {
            try
            {
                var value = JsonSerializer.Deserialize(text, type);
                if (value != null) return value;
            }
            catch (JsonException ex)
            {
                throw new GenesysApiException(status, request.Method.Method, request.PathAndQuery, null, correlationId,
                    "The answer was not the expected JSON (" + Describe(text) + "): " + ex.Message, ex);
            }

            throw new GenesysApiException(status, request.Method.Method, request.PathAndQuery, null, correlationId, "The answer was empty.");
        }

        private static ErrorBody? TryErrorBody(string text)
        {
            if (text.Length == 0 || text.TrimStart()[0] != '{') return null;
            try
            {
                var body = JsonSerializer.Deserialize(text, GenesysJsonContext.Default.ErrorBody);
                return body?.Code != null || body?.Message != null ? body : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static TimeSpan? RetryAfter(HttpResponseMessage response)
        {
            var header = response.Headers.RetryAfter;
            if (header?.Delta is { } delta) return delta;
            if (header?.Date is { } date) return date - DateTimeOffset.UtcNow;
            return response.Headers.TryGetValues("Retry-After", out var raw) && int.TryParse(raw.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
                ? TimeSpan.FromSeconds(seconds)
                : (TimeSpan?)null;
        }

        private static async Task WaitAsync(TimeSpan wait, string label, string why, IApiLog log, CancellationToken cancellationToken)
        {
            if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
            log.Verbose(label + ": " + why + " " + Math.Round(wait.TotalSeconds, 1).ToString(CultureInfo.InvariantCulture) + " s.");
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }

        private static bool IsConnectionRefused(Exception ex)
        {
            for (var inner = ex; inner != null; inner = inner.InnerException)
            {
                if (inner is SocketException socket && socket.SocketErrorCode == SocketError.ConnectionRefused) return true;
            }

            return false;
        }

        private static string Innermost(Exception ex)
        {
            while (ex.InnerException != null) ex = ex.InnerException;
            return Redactor.Redact(ex.Message);
        }

        private static string Describe(string text)
        {
            var trimmed = text.TrimStart();
            if (trimmed.Length == 0) return "empty body";
            if (trimmed[0] == '<') return "an HTML page";
            return "a body starting with '" + (trimmed.Length > 40 ? trimmed.Substring(0, 40) : trimmed) + "'";
        }
    }
}
