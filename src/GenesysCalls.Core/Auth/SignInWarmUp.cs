using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace GenesysCalls.Core.Auth
{
    /// <summary>
    /// A process's first client-credentials token spends most of its time compiling MSAL's code, not waiting for the
    /// login host. Import-Module starts this on a pool thread: one sign-in through the same code with a canned answer,
    /// so that by the time a script calls Connect-GenesysOrg the code is ready. Nothing is sent, read from disk or written.
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

        /// <summary>True when the canned token came back through MSAL, that is when the whole path ran.</summary>
        internal static bool Run()
        {
            try
            {
                using var http = new HttpClient(new CannedLoginHost());
                var loginBase = new Uri("https://" + GenesysRegion.All[0].LoginHost);
                var source = new ClientCredentialsTokenSource(http, loginBase, "warm-up", SecretText.Protect("warm-up"));
                return source.AcquireAsync(false, CancellationToken.None).GetAwaiter().GetResult().Value == "warm-up";
            }
            catch (Exception)
            {
                // Only time is lost: the real sign-in compiles what is missing and reports its own errors.
                return false;
            }
        }

        /// <summary>Answers MSAL's token request in memory; the region's metadata is answered before it gets here.</summary>
        private sealed class CannedLoginHost : HttpMessageHandler
        {
            private const string Token = "{\"access_token\":\"warm-up\",\"token_type\":\"bearer\",\"expires_in\":86400}";

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
                {
                    RequestMessage = request,
                    Content = new StringContent(Token, Encoding.UTF8, "application/json"),
                });
        }
    }
}
