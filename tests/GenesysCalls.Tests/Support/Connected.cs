using System.Security;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Sessions;
using GenesysCalls.Emulator;

namespace GenesysCalls.Tests.Support
{
    /// <summary>Connects core sessions to an emulator the way Connect-GenesysOrg does.</summary>
    internal static class Connected
    {
        public static SecureString Secure(string text) => SecretText.Protect(text);

        public static ConnectRequest ClientCredentials(EmulatorServer server, string? secret = null) => new()
        {
            Flow = AuthFlow.ClientCredentials,
            ClientId = server.Options.ClientId,
            ClientSecret = Secure(secret ?? server.Options.ClientSecret),
            BaseUri = server.BaseUri,
            SkipCertificateCheck = true,
            HostDescription = "xunit",
        };

        internal static async Task<GenesysSession> ConnectAsync(EmulatorServer server, SessionRegistry? registry = null, RecordingOutput? output = null, RetryPolicy? policy = null, ConnectRequest? request = null)
        {
            var command = new OrgConnector(output ?? new RecordingOutput("Connect-GenesysOrg"), registry ?? new SessionRegistry());
            if (policy != null) command.RetryPolicy = policy;
            return await command.ConnectAsync(request ?? ClientCredentials(server), CancellationToken.None);
        }

        /// <summary>The interactive (PKCE) sign-in of one user, with the sign-in page completed over HTTP.</summary>
        internal static Task<GenesysSession> ConnectUserAsync(EmulatorServer server, string email, SessionRegistry? registry = null, RecordingOutput? output = null, HttpSignIn? browser = null)
        {
            var command = new OrgConnector(output ?? new RecordingOutput("Connect-GenesysOrg"), registry ?? new SessionRegistry()) { Browser = browser ?? new HttpSignIn(server, email) };
            return command.ConnectAsync(new ConnectRequest
            {
                Flow = AuthFlow.AuthorizationCodePkce, ClientId = EmulatorOptions.DefaultCodeClientId, BaseUri = server.BaseUri, SkipCertificateCheck = true,
                RedirectUri = new Uri($"http://127.0.0.1:{FreePort()}/"), TimeoutSec = 20,
            }, CancellationToken.None);
        }

        public static int FreePort()
        {
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        /// <summary>Completes the emulator's sign-in page over HTTP, as a person clicking their name would.</summary>
        internal sealed class HttpSignIn : IBrowserLauncher
        {
            private readonly EmulatorServer _server;
            private readonly string _email;

            public HttpSignIn(EmulatorServer server, string email)
            {
                _server = server;
                _email = email;
            }

            public int Opened { get; private set; }

            /// <summary>The authorization code the redirect carried.</summary>
            public string? Code { get; private set; }

            public bool TryOpen(Uri url)
            {
                Opened++;
                _ = Task.Run(async () =>
                {
                    using var emulator = new EmulatorClient(_server);
                    var signIn = await emulator.Http.GetAsync(url + "&login_hint=" + Uri.EscapeDataString(_email));
                    Code = System.Web.HttpUtility.ParseQueryString(signIn.Headers.Location!.Query)["code"];
                    using var loopback = new HttpClient();
                    await loopback.GetAsync(signIn.Headers.Location);
                });
                return true;
            }
        }

        internal sealed class NoBrowser : IBrowserLauncher
        {
            public bool TryOpen(Uri url) => false;
        }
    }
}
