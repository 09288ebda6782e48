using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Runtime.InteropServices;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Rows;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// A process's first job (sign in, check agents, place a call) spends most of its time not waiting for Genesys but
    /// compiling code (MSAL's, our request, JSON and row code, the async machinery) and, on Linux, reading the system's
    /// certificates. Import-Module starts this on a pool thread: a TLS client hello and a certificate chain, one
    /// client-credentials sign-in through MSAL, then Test-AgentPresence's and New-OutboundCall's operations for one agent,
    /// all answered in memory on a session no one can see, so that by the time a script calls Connect-GenesysOrg the code
    /// is ready. Nothing is sent or written; the certificate folder is all it reads.
    /// With a single processor it would only compete with the script, so it is not started.
    /// </summary>
    internal static class FirstJobWarmUp
    {
        /// <summary>A public certificate for warm-up.invalid (EC P-256, self-signed, DER in base64); its key was never kept.</summary>
        private const string SelfSignedCertificate =
            "MIIBijCCATGgAwIBAgIUJ2fBz1T0nc2YgTpXB5k1sIa/RH4wCgYIKoZIzj0EAwIwGjEYMBYGA1UEAwwPd2FybS11cC5pbnZhbGlk"
            + "MCAXDTI2MTIwMzE0NDIwN1oYDzIxMjYxMTA5MTQ0MjA3WjAaMRgwFgYDVQQDDA93YXJtLXVwLmludmFsaWQwWTATBgcqhkjOPQIB"
            + "BggqhkjOPQMBBwNCAAQXkQeXqxXbbZqCEQb7OZjI9NkwviAPbxAa4czgXq9NXTMv0ZNjk5mCrkHRXU5bmBJvvBzZiNTCLATM3Tzy"
            + "VKfEo1MwUTAdBgNVHQ4EFgQU9Pdkyeip+FmcPKdBaDqSzEHCkUIwHwYDVR0jBBgwFoAU9Pdkyeip+FmcPKdBaDqSzEHCkUIwDwYD"
            + "VR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNHADBEAiAeq4bHxJRceyIwit/uqRGr+lKQTLbimUqYbW/rQi5VjQIgMuy8NphwkMai"
            + "RYwlVnAuEin9OuvnQYQIUFxb36mt6kg=";

        private static Task<bool>? _completion;

        /// <summary>The warm-up once started (null before, or with one processor): true when it ran the whole path.</summary>
        public static Task<bool>? Completion => _completion;

        public static void Start()
        {
            if (Environment.ProcessorCount < 2 || _completion != null) return;
            var run = new Task<bool>(Run);
            if (Interlocked.CompareExchange(ref _completion, run, null) == null) run.Start(TaskScheduler.Default);
        }

        /// <summary>
        /// True when the whole path ran: the canned token came back through MSAL, the canned agent through Test-AgentPresence's
        /// operation as ready, and the canned call through New-OutboundCall's (its row read from that agent, as a pipeline does).
        /// </summary>
        internal static bool Run()
        {
            try
            {
                WarmTls();
                using var http = new HttpClient(new CannedHost());
                var loginBase = new Uri("https://" + GenesysRegion.All[0].LoginHost);
                var source = new ClientCredentialsTokenSource(http, loginBase, "warm-up", SecretText.Protect("warm-up"));
                var signedIn = source.AcquireAsync(false, CancellationToken.None).GetAwaiter().GetResult().Value == "warm-up";
                return signedIn && RunFirstJob();
            }
            catch (Exception)
            {
                // Only time is lost: the real commands compile what is missing and report their own errors.
                return false;
            }
        }

        /// <summary>Test-AgentPresence and New-OutboundCall's operations on a session of their own, never registered, answered in memory.</summary>
        private static bool RunFirstJob()
        {
            var endpoint = GenesysEndpoint.ForRegion(GenesysRegion.All[0].Name, false);
            var api = new GenesysApiClient(new HttpClient(new CannedHost()), endpoint.ApiBase,
                new TokenManager(new StaticTokenSource("warm-up", null)), new RetryPolicy());
            var identity = new SessionIdentity { OrganizationId = "warm-up", ClientId = "warm-up" };
            using var org = new ConnectedOrg("warm-up", endpoint, api, identity, new SessionDetails(identity, api));
            var output = new CollectedOutput();
            var agentId = new RowInput(RowShape.Value, CannedHost.AgentId, CannedHost.AgentId, new KeyValuePair<string, object?>[0]);
            Process(new AgentPresenceChecker(output, org.Session), RowTables.TestAgentPresence, agentId, new Dictionary<string, object?>());
            if (!(output.Objects.SingleOrDefault() is AgentPresence agent) || !agent.CanPlaceCall) return false;

            output.Objects.Clear();
            var cells = typeof(AgentPresence).GetProperties().Select(p => new KeyValuePair<string, object?>(p.Name, p.GetValue(agent))).ToList();
            Process(new OutboundCallPlacer(output, org.Session), RowTables.NewOutboundCall, new RowInput(RowShape.Own, agent, agent, cells),
                new Dictionary<string, object?> { ["PhoneNumber"] = "+15555550100" });
            return output.Objects.SingleOrDefault() is OutboundCall && output.Errors == 0;
        }

        /// <summary>One piped row through a command's operation, as GenesysCmdlet runs it.</summary>
        private static void Process<TInput>(CommandOperation<TInput> operation, RowTable<TInput> table, RowInput row,
            IReadOnlyDictionary<string, object?> commandLine)
        {
            foreach (var input in table.Build(RowReader.Read(table, row, commandLine)))
            {
                operation.ProcessAsync(input, CancellationToken.None).GetAwaiter().GetResult();
            }

            operation.CompleteAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        /// <summary>
        /// The first TLS handshake of a process initialises the TLS library and compiles SslStream (about 50 ms): a client hello
        /// written into memory, whose answer is the end of the stream, does that without a connection. On Linux the first
        /// server certificate also costs 100 to 150 ms more, for .NET reads the system's whole certificate folder to build its
        /// chain: a chain built for a certificate held here (self-signed, no revocation check, nothing to download) reads it.
        /// </summary>
        private static void WarmTls()
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

            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux)) return;
            try
            {
                using var certificate = new X509Certificate2(Convert.FromBase64String(SelfSignedCertificate));
                using var chain = new X509Chain();
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                chain.Build(certificate);
            }
            catch (Exception ex) when (ex is CryptographicException || ex is NotSupportedException)
            {
                // Only time is lost (Mono, say, cannot read an EC key): the first real connection reads the folder itself.
            }
        }

        /// <summary>
        /// Answers in memory: MSAL's token request (the region's metadata is answered before it gets here), the users read and
        /// the create.
        /// </summary>
        private sealed class CannedHost : HttpMessageHandler
        {
            public const string AgentId = "00000000-0000-4000-8000-0000000000a1";
            private const string Token = "{\"access_token\":\"warm-up\",\"token_type\":\"bearer\",\"expires_in\":86400}";
            private const string Created = "{\"id\":\"00000000-0000-4000-8000-0000000000c1\"}";
            private const string Users = "{\"entities\":[{\"id\":\"" + AgentId + "\",\"name\":\"Warm Up\",\"state\":\"active\",\"presence\":"
                + "{\"presenceDefinition\":{\"id\":\"p\",\"systemPresence\":\"Available\"}},\"routingStatus\":{\"status\":\"IDLE\"},"
                + "\"station\":{\"effectiveStation\":{\"id\":\"s\"}}}],\"pageSize\":1,\"pageNumber\":1,\"total\":1}";

            /// <remarks>Answered after a yield, as a network answer comes: every await on the way suspends and resumes, as for real.</remarks>
            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                await Task.Yield();
                return new HttpResponseMessage(HttpStatusCode.OK)
                {
                    RequestMessage = request,
                    Content = new StringContent(request.Method != HttpMethod.Post ? Users
                        : request.RequestUri!.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal) ? Created : Token,
                        Encoding.UTF8, "application/json"),
                };
            }
        }

        /// <summary>What the operations write, kept: nothing reaches a host.</summary>
        private sealed class CollectedOutput : ICommandOutput
        {
            public List<object> Objects { get; } = new List<object>();

            public int Errors { get; private set; }

            public void WriteObject(object value) => Objects.Add(value);

            public void WriteError(CommandError error) => Errors++;

            public bool ShouldProcess(string target, string action) => true;

            public void WriteProgress(ProgressUpdate progress)
            {
            }

            public void WriteVerbose(string message)
            {
            }

            public void WriteDebug(string message)
            {
            }

            public void WriteWarning(string message)
            {
            }
        }
    }
}
