using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Authentication;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;

namespace GenesysCalls.Core.Auth
{
    /// <summary>
    /// A process's first client-credentials token spends most of its time compiling MSAL's code, not waiting for the
    /// login host, and its first API read compiles our request and JSON code. Import-Module starts this on a pool thread:
    /// one sign-in, the start of a TLS handshake and one users read through the same code with canned answers, so that by
    /// the time a script calls Connect-GenesysOrg and Test-AgentPresence the code is ready. Nothing is sent, read from disk
    /// or written.
    /// With a single processor it would only compete with the script, so it is not started.
    /// </summary>
    internal static class SignInWarmUp
    {
        private static Task<bool>? _completion;

        /// <summary>The warm-up once started (null before, or with one processor): true when it ran the whole path.</summary>
        public static Task<bool>? Completion => _completion;

        public static void Start()
        {
            if (Environment.ProcessorCount < 2 || _completion != null) return;
            var run = new Task<bool>(Run);
            if (Interlocked.CompareExchange(ref _completion, run, null) == null) run.Start(TaskScheduler.Default);
        }

        /// <summary>True when the canned token came back through MSAL and the canned users through our client: the whole path ran.</summary>
        internal static bool Run()
        {
            try
            {
                using var http = new HttpClient(new CannedHost());
                var loginBase = new Uri("https://" + GenesysRegion.All[0].LoginHost);
                var source = new ClientCredentialsTokenSource(http, loginBase, "warm-up", SecretText.Protect("warm-up"));
                var signedIn = source.AcquireAsync(false, CancellationToken.None).GetAwaiter().GetResult().Value == "warm-up";
                StartTls();
                using var api = new GenesysApiClient(new HttpClient(new CannedHost()), new Uri("https://" + GenesysRegion.All[0].ApiHost),
                    new TokenManager(new StaticTokenSource("warm-up", null)), new RetryPolicy());
                var users = api.SendAsync(ApiRequest.Get("/api/v2/users?id=warm-up"), GenesysJsonContext.Default.UserEntityListing,
                    NullApiLog.Instance, CancellationToken.None).GetAwaiter().GetResult().Value;
                return signedIn && users.Entities?.Count == 1;
            }
            catch (Exception)
            {
                // Only time is lost: the real sign-in compiles what is missing and reports its own errors.
                return false;
            }
        }

        /// <summary>
        /// The first TLS handshake of a process initialises the TLS library and compiles SslStream (about 50 ms): a client hello
        /// written into memory, whose answer is the end of the stream, does that without a connection.
        /// </summary>
        private static void StartTls()
        {
            try
            {
                using var tls = new SslStream(new MemoryStream(), false);
                tls.AuthenticateAsClient("warm-up.invalid");
            }
            catch (Exception ex) when (ex is IOException || ex is AuthenticationException)
            {
                // Expected: nothing answers.
            }
        }

        /// <summary>Answers in memory: MSAL's token request (the region's metadata is answered before it gets here) and a users read.</summary>
        private sealed class CannedHost : HttpMessageHandler
        {
            private const string Token = "{\"access_token\":\"warm-up\",\"token_type\":\"bearer\",\"expires_in\":86400}";
            private const string Users = "{\"entities\":[{\"id\":\"warm-up\",\"name\":\"Warm Up\",\"state\":\"active\",\"presence\":"
                + "{\"presenceDefinition\":{\"id\":\"p\",\"systemPresence\":\"Available\"}},\"routingStatus\":{\"status\":\"IDLE\"},"
                + "\"station\":{\"effectiveStation\":{\"id\":\"s\"}}}],\"pageSize\":1,\"pageNumber\":1,\"total\":1}";

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
                {
                    RequestMessage = request,
                    Content = new StringContent(request.Method == HttpMethod.Post ? Token : Users, Encoding.UTF8, "application/json"),
                });
        }
    }
}
