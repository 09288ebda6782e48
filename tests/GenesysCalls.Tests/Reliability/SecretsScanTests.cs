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
            secrets.Add(ConnectedOrg.Of(client).Api.Tokens.Current!.Value);

            var browser = new Connected.HttpSignIn(server, "agent0001@example.com");
            var user = await Connected.ConnectUserAsync(server, "agent0001@example.com", registry, output, browser);
            secrets.Add(ConnectedOrg.Of(user).Api.Tokens.Current!.Value);
            secrets.Add(browser.Code!);
            server.ExpireTokens();

            foreach (var session in new[] { client, user })
            {
                var presence = new AgentPresenceChecker(output, session);
                foreach (var id in server.UserIds.Append("00000000-0000-0000-0000-00000000dead")) await presence.ProcessAsync(PresenceInput.ForUserId(id), CancellationToken.None);
                await presence.CompleteAsync(CancellationToken.None);
                var calls = new OutboundCallPlacer(output, session);
                await calls.ProcessAsync(new OutboundCallRow { PhoneNumber = "+15551234567", OnBehalfOf = server.UserIds[1] }, CancellationToken.None);
                await calls.ProcessAsync(new OutboundCallRow { PhoneNumber = "+15551234567", OnBehalfOf = server.UserIds[4] }, CancellationToken.None);
                await calls.ProcessAsync(new OutboundCallRow { PhoneNumber = "+15551234567" }, CancellationToken.None);
                await calls.CompleteAsync(CancellationToken.None);
                secrets.Add(ConnectedOrg.Of(session).Api.Tokens.Current!.Value);
            }

            secrets.Add(RefreshToken(user));
            var wrong = await Assert.ThrowsAsync<CommandTerminatingException>(() => Connected.ConnectAsync(server, registry, output, request: Connected.ClientCredentials(server, "a-wrong-secret-value")));
            secrets.Add("a-wrong-secret-value");
            texts.Add(wrong.ToString());
            await new SessionReader(output, registry).ProcessAsync(SessionSelection.Every(), CancellationToken.None);

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
            var tokens = ConnectedOrg.Of(session).Api.Tokens;
            var source = typeof(GenesysCalls.Core.Auth.TokenManager).GetField("_source", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(tokens)!;
            return (string)source.GetType().GetField("_refreshToken", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(source)!;
        }
    }
}
