using System.Reflection;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Sessions;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Reliability
{
    /// <summary>
    /// Runs the connected scenarios with every stream recorded (objects, errors, warnings, verbose, debug, progress),
    /// then looks for each secret that existed: access tokens, the refresh token, the authorization code, the client secret.
    /// </summary>
    public class SecretsScanTests
    {
        [Fact]
        public async Task No_token_code_or_secret_appears_in_any_stream_exception_or_public_object()
        {
            await using var server = await EmulatorClient.StartAsync(agents: 10);
            var output = new RecordingOutput();
            var texts = new List<string>();
            var secrets = new List<string> { server.Options.ClientSecret };
            var registry = new SessionRegistry();

            var client = await Connected.ConnectAsync(server, registry, output);
            secrets.Add(client.Api.Tokens.Current!.Value);

            var browser = new RecordingSignIn(server, "agent0001@example.com");
            var user = await new ConnectCommand(output, registry) { Browser = browser }.ExecuteAsync(new ConnectRequest
            {
                Flow = ConnectFlow.Interactive, ClientId = EmulatorOptions.DefaultCodeClientId, BaseUri = server.BaseUri, SkipCertificateCheck = true,
                RedirectUri = new Uri($"http://127.0.0.1:{FreePort()}/"), TimeoutSec = 20,
            }, CancellationToken.None);
            secrets.Add(user.Api.Tokens.Current!.Value);
            secrets.Add(browser.Code!);
            server.ExpireTokens();

            foreach (var session in new[] { client, user })
            {
                var presence = new TestAgentPresenceCommand(output, session);
                foreach (var id in server.UserIds.Append("00000000-0000-0000-0000-00000000dead")) await presence.AddUserIdAsync(id, null, CancellationToken.None);
                await presence.CompleteAsync(CancellationToken.None);
                var calls = new NewOutboundCallCommand(output, session);
                await calls.AddAsync(new OutboundCallRow { PhoneNumber = "+15551234567", OnBehalfOf = server.UserIds[1] }, CancellationToken.None);
                await calls.AddAsync(new OutboundCallRow { PhoneNumber = "+15551234567", OnBehalfOf = server.UserIds[4] }, CancellationToken.None);
                await calls.AddAsync(new OutboundCallRow { PhoneNumber = "+15551234567" }, CancellationToken.None);
                await calls.CompleteAsync(CancellationToken.None);
                secrets.Add(session.Api.Tokens.Current!.Value);
            }

            secrets.Add(RefreshToken(user));
            var wrong = await Assert.ThrowsAsync<CommandTerminatingException>(() => Connected.ConnectAsync(server, registry, output, request: Connected.ClientCredentials(server, "a-wrong-secret-value")));
            secrets.Add("a-wrong-secret-value");
            texts.Add(wrong.ToString());
            new GetSessionCommand(output, registry).All();

            texts.Add(output.AllText());
            texts.AddRange(output.Errors.Select(e => e.Exception.ToString()));
            texts.AddRange(output.Objects.SelectMany(PublicText));
            var everything = string.Join("\n", texts);

            Assert.NotEmpty(output.Debug);
            Assert.All(secrets.Distinct(), secret => Assert.DoesNotContain(secret, everything));
            Assert.DoesNotContain("Bearer ", everything);
        }

        /// <summary>ToString and every public property of an output object, one level deep.</summary>
        private static IEnumerable<string> PublicText(object value)
        {
            yield return value.ToString() ?? "";
            foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                yield return property.GetValue(value)?.ToString() ?? "";
            }
        }

        private static string RefreshToken(GenesysSession session)
        {
            var tokens = session.Api.Tokens;
            var source = typeof(GenesysCalls.Core.Auth.TokenManager).GetField("_source", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(tokens)!;
            return (string)source.GetType().GetField("_refreshToken", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(source)!;
        }

        private static int FreePort()
        {
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        private sealed class RecordingSignIn : GenesysCalls.Core.Auth.IBrowserLauncher
        {
            private readonly EmulatorServer _server;
            private readonly string _email;

            public RecordingSignIn(EmulatorServer server, string email)
            {
                _server = server;
                _email = email;
            }

            public string? Code { get; private set; }

            public bool TryOpen(Uri url)
            {
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
    }
}
