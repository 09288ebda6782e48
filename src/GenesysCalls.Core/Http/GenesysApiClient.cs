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
using GenesysCalls.Core.Json;
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

        public async Task<ApiResponse<T>> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> responseType, IApiLog log,
            CancellationToken cancellationToken)
        {
            var uri = new Uri(_apiBase, request.PathAndQuery);
            var label = request.Method.Method + " " + Redactor.Redact(uri.ToString());
            var state = new AttemptState(0, 0, false);
            for (var attempt = 1; ; attempt++)
            {
                var token = await TokenAsync(request, cancellationToken).ConfigureAwait(false);
                var answer = await AttemptAsync(request, uri, token, label, attempt, log, cancellationToken).ConfigureAwait(false);
                var decision = RetryRules.Decide(request.CreatesSomething, _tokens.CanRenew, answer.Outcome, state, Policy, NextJitter());
                switch (decision.Action)
                {
                    case RetryAction.Succeed:
                        return new ApiResponse<T>(Parse(answer.Text, responseType, request, answer.Outcome.Status, answer.CorrelationId),
                            answer.CorrelationId, attempt);
                    case RetryAction.RenewTokenThenRetry:
                        _tokens.Reject(token);
                        log.Verbose(label + ": " + decision.Reason + ".");
                        break;
                    case RetryAction.Retry:
                        await WaitAsync(decision.Wait, label, decision.Reason, log, cancellationToken).ConfigureAwait(false);
                        break;
                    case RetryAction.OutcomeUnknown:
                        throw new OutcomeUnknownException(request.Method.Method, request.PathAndQuery, answer.FailureReason + ".", null,
                            answer.Failure);
                    default:
                        throw GiveUp(request, answer);
                }

                Interlocked.Increment(ref _retries);
                state = state.After(decision);
            }
        }

        public void Dispose() => _http.Dispose();

        /// <summary>One send: the answer (status, text, correlation id) or how it failed, logged either way.</summary>
        private async Task<Answer> AttemptAsync(ApiRequest request, Uri uri, AccessToken token, string label, int attempt, IApiLog log,
            CancellationToken cancellationToken)
        {
            var watch = Stopwatch.StartNew();
            HttpResponseMessage response;
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                response = await SendOnceAsync(request, uri, token, log, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !request.CreatesSomething)
            {
                throw;
            }
            catch (Exception ex) when (ex is OperationCanceledException || ex is HttpRequestException)
            {
                var result = ex is OperationCanceledException ? AttemptResult.TimedOut
                    : IsConnectionRefused(ex) ? AttemptResult.ConnectionRefused
                    : AttemptResult.ConnectionLost;
                var reason = result == AttemptResult.TimedOut && cancellationToken.IsCancellationRequested
                    ? "the command stopped, and no answer came within " + Policy.StopGrace.TotalSeconds + " s"
                    : result == AttemptResult.TimedOut ? "no answer within " + Policy.RequestTimeout.TotalSeconds + " s"
                    : "connection failed (" + Innermost(ex) + ")";
                log.Verbose(label + " -> " + reason + " after " + watch.ElapsedMilliseconds + " ms (attempt " + attempt + ")");
                return new Answer(AttemptOutcome.Failed(result), string.Empty, null, null, reason, ex);
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                var correlationId = response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;
                var text = response.Content == null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                log.Verbose(label + " -> " + status + " in " + watch.ElapsedMilliseconds + " ms" + (attempt > 1 ? " (attempt " + attempt + ")"
                    : string.Empty));
                if (text.Length > 0) log.Debug("Response body: " + Redactor.Redact(text));
                return new Answer(AttemptOutcome.Answered(status, RetryAfter(response)), text, correlationId, response.ReasonPhrase, null, null);
            }
        }

        private static GenesysApiException GiveUp(ApiRequest request, Answer answer)
        {
            var outcome = answer.Outcome;
            if (outcome.Result != AttemptResult.Answered)
            {
                var neverSent = outcome.Result == AttemptResult.ConnectionRefused;
                return new GenesysApiException(0, request.Method.Method, request.PathAndQuery, null, null,
                    (neverSent ? "Not sent: " : "No usable answer: ") + answer.FailureReason + ".", answer.Failure);
            }

            return new GenesysApiException(outcome.Status, request.Method.Method, request.PathAndQuery, TryErrorBody(answer.Text),
                answer.CorrelationId,
                "The service answered " + outcome.Status + " " + answer.ReasonPhrase + " without a Genesys error body.");
        }

        private double NextJitter()
        {
            // Random is not thread-safe, and up to 64 requests of one session run at once.
            lock (_random) return _random.NextDouble();
        }

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

        private async Task<HttpResponseMessage> SendOnceAsync(ApiRequest request, Uri uri, AccessToken token, IApiLog log,
            CancellationToken cancellationToken)
        {
            using var message = new HttpRequestMessage(request.Method, uri);
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
            if (request.JsonBody != null)
            {
                message.Content = new StringContent(request.JsonBody, Encoding.UTF8, "application/json");
                log.Debug("Request body: " + Redactor.Redact(request.JsonBody));
            }

            // A create that is sent is let finish for StopGrace after a stop: its answer says whether it was placed. Past that it
            // is outcome unknown, never "not sent".
            using var timeout = new CancellationTokenSource(Policy.RequestTimeout);
            var grace = request.CreatesSomething ? Policy.StopGrace : TimeSpan.Zero;
            using var stop = cancellationToken.Register(() => Cancel(timeout, grace));
            var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            return response;
        }

        private static void Cancel(CancellationTokenSource source, TimeSpan after)
        {
            try
            {
                if (after <= TimeSpan.Zero) source.Cancel();
                else source.CancelAfter(after);
            }
            catch (ObjectDisposedException)
            {
                // The answer came first.
            }
        }

        private static T Parse<T>(string text, JsonTypeInfo<T> type, ApiRequest request, int status, string? correlationId)
        {
            // 202 Accepted may come without a body (a bulk cancel): an empty JsonElement, not an error.
            if (text.Length == 0 && typeof(T) == typeof(JsonElement)) return default!;
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

        private sealed class Answer
        {
            public Answer(AttemptOutcome outcome, string text, string? correlationId, string? reasonPhrase, string? failureReason, Exception? failure)
            {
                Outcome = outcome;
                Text = text;
                CorrelationId = correlationId;
                ReasonPhrase = reasonPhrase;
                FailureReason = failureReason;
                Failure = failure;
            }

            public AttemptOutcome Outcome { get; }

            public string Text { get; }

            public string? CorrelationId { get; }

            public string? ReasonPhrase { get; }

            public string? FailureReason { get; }

            public Exception? Failure { get; }
        }

        private static TimeSpan? RetryAfter(HttpResponseMessage response)
        {
            var header = response.Headers.RetryAfter;
            if (header?.Delta is { } delta) return delta;
            if (header?.Date is { } date) return date - DateTimeOffset.UtcNow;
            return response.Headers.TryGetValues("Retry-After", out var raw) && int.TryParse(raw.FirstOrDefault(), NumberStyles.Integer,
                CultureInfo.InvariantCulture, out var seconds)
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
