using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Security;
using System.Text;
using System.Threading;
using GenesysCalls;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Sessions;
using static DesktopProbe.Program;

namespace DesktopProbe
{
    /// <summary>What the cmdlets do, through the same core commands: only reached once the module's loader is registered.</summary>
    internal static class CoreChecks
    {
        private const string Agent = "agent0001@example.com";

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void Run(Uri httpsUri, Uri httpUri, string clientId, string clientSecret)
        {
            // Import-Module's warm-up (ModuleLifetime.OnImport): the first job in memory on a pool thread, racing the first checks.
            FirstJobWarmUp.Start();
            var output = new ProbeOutput();
            new CallPayloadChecker(output).Process(PayloadInput.Json("{\"phoneNumber\":\"+15551234567\"}"));
            new CallPayloadChecker(output).Process(PayloadInput.Json("{\"from\":{\"phoneNumber\":\"+15551234567\"},\"to\":[{\"phoneNumber\":\"+15559876543\"}]}"));
            var reports = output.Objects.OfType<CallPayloadReport>().ToList();
            Check("Test-CallPayload's core validates", reports.Count == 2 && reports[0].IsValid && !reports[1].IsValid,
                string.Join("; ", output.Objects));

            var session = SignIn(output, httpsUri, clientId, clientSecret);
            var warmed = FirstJobWarmUp.Completion;
            Check("the import's warm-up runs sign-in, presence and a call in memory", warmed != null && warmed.Wait(TimeSpan.FromSeconds(30)) && warmed.Result,
                warmed == null ? "not started" : warmed.Status.ToString());
            if (session == null) return;
            var protocols = ServicePointManager.SecurityProtocol;
            Check("TLS 1.2 is added to the caller's protocols, and nothing else changed",
                protocols == (SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls | SecurityProtocolType.Tls12), protocols.ToString());

            var presence = new AgentPresenceChecker(output, session);
            presence.ProcessAsync(PresenceInput.ForEmail(Agent), CancellationToken.None).GetAwaiter().GetResult();
            presence.CompleteAsync(CancellationToken.None).GetAwaiter().GetResult();
            var agent = output.Objects.OfType<AgentPresence>().FirstOrDefault();
            Check("Test-AgentPresence's core reads presence", agent != null && agent.CanPlaceCall, agent?.ToString() ?? Errors(output));
            if (agent == null) return;

            var placer = new OutboundCallPlacer(output, session);
            // Last digit 1: busy, so the call ends by itself.
            var row = new OutboundCallRow { PhoneNumber = "+15559876541", OnBehalfOf = agent.UserId };
            placer.ProcessAsync(row, CancellationToken.None).GetAwaiter().GetResult();
            placer.CompleteAsync(CancellationToken.None).GetAwaiter().GetResult();
            var call = output.Objects.OfType<OutboundCall>().FirstOrDefault();
            Check("New-OutboundCall's core places a call on behalf of the agent", call != null, Errors(output));
            if (call == null) return;

            // Mono's ClientWebSocket consults no certificate callback, so a self-signed wss:// handshake cannot succeed here
            // (.NET Framework's asks ServicePointManager; see DesktopTransport): the call is followed over ws:// instead,
            // with a token brought in (MSAL signs in over https only), as Connect-GenesysOrg -AccessToken does.
            var plain = SignIn(output, httpUri, clientId, clientSecret, PlainToken(httpUri, clientId, clientSecret));
            if (plain == null) return;
            var waiter = new CallWaiter(output, plain, OutboundCallCondition.Ended, 60);
            try
            {
                waiter.ProcessAsync(CallInput.From(call.ConversationId, call), CancellationToken.None).GetAwaiter().GetResult();
                waiter.CompleteAsync(CancellationToken.None).GetAwaiter().GetResult();
                var status = output.Objects.OfType<OutboundCallStatus>().FirstOrDefault();
                Check("Wait-OutboundCall's core follows the call to its outcome", status?.Outcome == "Busy", status?.ToString() ?? Errors(output));
                Check("it follows over the notification WebSocket, not by polling", waiter.ChannelCount > 0, string.Join(" | ", output.Verbose));
            }
            finally
            {
                waiter.StopAsync().GetAwaiter().GetResult();
            }
        }

        private static GenesysSession? SignIn(ProbeOutput output, Uri baseUri, string clientId, string clientSecret, string? token = null)
        {
            var name = "Connect-GenesysOrg's core signs in " + (token == null ? "with client credentials" : "with a token")
                + " over " + baseUri.Scheme;
            try
            {
                var session = new OrgConnector(output, SessionRegistry.Process).ConnectAsync(new ConnectRequest
                {
                    Flow = token == null ? AuthFlow.ClientCredentials : AuthFlow.AccessToken, ClientId = clientId,
                    ClientSecret = token == null ? Secure(clientSecret) : null, AccessToken = token == null ? null : Secure(token),
                    BaseUri = baseUri, SkipCertificateCheck = true,
                }, CancellationToken.None).GetAwaiter().GetResult();
                Check(name, !string.IsNullOrEmpty(session.OrganizationName), "no organization name");
                return session;
            }
            catch (Exception ex)
            {
                Check(name, false, Flatten(ex));
                return null;
            }
        }

        private static SecureString Secure(string text)
        {
            var secure = new SecureString();
            foreach (var c in text) secure.AppendChar(c);
            return secure;
        }

        private static string PlainToken(Uri httpUri, string clientId, string clientSecret)
        {
            using (var http = new HttpClient())
            using (var request = new HttpRequestMessage(HttpMethod.Post, new Uri(httpUri, "/oauth/token")))
            {
                request.Content = new FormUrlEncodedContent(new[] { new KeyValuePair<string, string>("grant_type", "client_credentials") });
                var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(clientId + ":" + clientSecret));
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
                var body = http.SendAsync(request).GetAwaiter().GetResult().Content.ReadAsStringAsync().GetAwaiter().GetResult();
                var start = body.IndexOf("\"access_token\":\"", StringComparison.Ordinal) + "\"access_token\":\"".Length;
                return body.Substring(start, body.IndexOf('"', start) - start);
            }
        }

        private static string Errors(ProbeOutput output) => string.Join("; ", output.Errors.Select(e => e.Problem.Name + " " + e.Message));

        private static string Flatten(Exception ex) =>
            ex.GetType().Name + ": " + ex.Message + (ex.InnerException == null ? "" : " <- " + Flatten(ex.InnerException));

        private sealed class ProbeOutput : ICommandOutput
        {
            public List<object> Objects { get; } = new List<object>();
            public List<CommandError> Errors { get; } = new List<CommandError>();
            public List<string> Verbose { get; } = new List<string>();
            public void WriteObject(object value) { lock (Objects) Objects.Add(value); }
            public void WriteError(CommandError error) { lock (Errors) Errors.Add(error); }
            public bool ShouldProcess(string target, string action) => true;
            public void WriteProgress(ProgressUpdate progress) { }
            public void WriteVerbose(string message) { lock (Verbose) Verbose.Add(message); }
            public void WriteDebug(string message) { }
            public void WriteWarning(string message) { lock (Verbose) Verbose.Add("WARNING: " + message); }
        }
    }
}
