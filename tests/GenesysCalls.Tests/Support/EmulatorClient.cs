using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GenesysCalls.Emulator;

namespace GenesysCalls.Tests.Support
{
    /// <summary>Raw HTTP against a running emulator, for tests of the emulator itself.</summary>
    public sealed class EmulatorClient : IDisposable
    {
        public EmulatorClient(EmulatorServer server)
        {
            Server = server;
            Http = new HttpClient(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Thumbprint == server.Certificate.Thumbprint,
                AllowAutoRedirect = false,
            })
            { BaseAddress = server.BaseUri };
        }

        public EmulatorServer Server { get; }

        public HttpClient Http { get; }

        public void Dispose() => Http.Dispose();

        public static Task<EmulatorServer> StartAsync(int agents = 20, int rateLimit = 100_000, SeedDocument? seed = null, int tokenLifetime = 86400) =>
            EmulatorServer.StartAsync(new EmulatorOptions { Agents = agents, RateLimitPerMinute = rateLimit, Seed = seed, TokenLifetimeSeconds = tokenLifetime });

        public async Task<string> ClientTokenAsync(string? clientId = null, string? secret = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.ASCII.GetBytes((clientId ?? Server.Options.ClientId) + ":" + (secret ?? Server.Options.ClientSecret))));
            using var response = await Http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
        }

        /// <summary>The whole PKCE sign-in over HTTP: authorize with login_hint (one request, 302 with a code), then redeem the code.</summary>
        public async Task<(HttpStatusCode Status, JsonElement Body)> UserTokenAsync(string email, string? verifierOverride = null)
        {
            var verifier = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            const string redirect = "http://127.0.0.1:5555/callback";
            var authorize = await Http.GetAsync($"/oauth/authorize?client_id={EmulatorOptions.DefaultCodeClientId}&response_type=code&redirect_uri={Uri.EscapeDataString(redirect)}&code_challenge={challenge}&code_challenge_method=S256&state=xyz&login_hint={Uri.EscapeDataString(email)}");
            if (authorize.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("authorize answered " + authorize.StatusCode);
            var query = System.Web.HttpUtility.ParseQueryString(authorize.Headers.Location!.Query);
            using var response = await Http.PostAsync("/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = query["code"]!,
                ["code_verifier"] = verifierOverride ?? verifier,
                ["client_id"] = EmulatorOptions.DefaultCodeClientId,
                ["redirect_uri"] = redirect,
            }));
            return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
        }

        public async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> SendAsync(HttpMethod method, string path, string? token, string? json = null, string contentType = "application/json")
        {
            using var request = new HttpRequestMessage(method, path);
            if (token != null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (json != null) request.Content = new StringContent(json, Encoding.UTF8, contentType);
            var response = await Http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var body = text.Length > 0 && text.TrimStart().StartsWith('{') || text.TrimStart().StartsWith('[') ? JsonDocument.Parse(text).RootElement.Clone() : default;
            return (response.StatusCode, body, response);
        }

        public Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> GetAsync(string path, string? token) => SendAsync(HttpMethod.Get, path, token);

        public Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> PostAsync(string path, string? token, string json) => SendAsync(HttpMethod.Post, path, token, json);
    }
}
