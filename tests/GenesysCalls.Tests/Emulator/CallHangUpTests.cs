using System.Net;
using GenesysCalls.Emulator;
using Xunit;

namespace GenesysCalls.Tests.Emulator
{
    public class CallHangUpTests
    {
        [Fact]
        public async Task Hanging_up_an_ended_call_is_400_call_disconnected_unless_told_otherwise()
        {
            await using var kit = await CallKit.StartAsync();
            var id = await kit.PlaceAsync("+15550000001");
            await kit.WaitForRemoteAsync(id, "terminated");
            var (status, body, _) = await kit.Client.SendAsync(HttpMethod.Patch, "/api/v2/conversations/calls/" + id, kit.Token,
                "{\"state\":\"disconnected\"}");
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal("conversation.error.call.disconnected", body.GetProperty("code").GetString());

            await kit.Client.SendAsync(HttpMethod.Put, "/emulator/calls/hang-up", null, "{\"requireUser\":false,\"endedCallSucceeds\":true}");
            (status, body, _) = await kit.Client.SendAsync(HttpMethod.Patch, "/api/v2/conversations/calls/" + id, kit.Token,
                "{\"state\":\"disconnected\"}");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("endpoint", CallKit.Remote(await kit.CallAsync(id), kit.Agent).GetProperty("disconnectType").GetString());
        }

        [Fact]
        public async Task Hang_up_checks_body_permission_and_existence()
        {
            await using var kit = await CallKit.StartAsync();
            var id = await kit.PlaceAsync("+15550000009");
            var path = "/api/v2/conversations/calls/" + id;
            Assert.Equal("invalid.value", (await kit.Client.SendAsync(HttpMethod.Patch, path, kit.Token,
                "{\"state\":\"connected\"}")).Body.GetProperty("code").GetString());
            Assert.Equal("invalid.property", (await kit.Client.SendAsync(HttpMethod.Patch, path, kit.Token,
                "{\"hangUp\":true}")).Body.GetProperty("code").GetString());
            var missing = await kit.Client.SendAsync(HttpMethod.Patch, "/api/v2/conversations/calls/" + Guid.NewGuid(), kit.Token,
                "{\"state\":\"disconnected\"}");
            Assert.Equal(HttpStatusCode.NotFound, missing.Status);
            Assert.Equal("conversation.error.conversation.not.found", missing.Body.GetProperty("code").GetString());
            Assert.Equal("not.found", (await kit.Client.GetAsync("/api/v2/conversations/" + Guid.NewGuid(),
                kit.Token)).Body.GetProperty("code").GetString());

            await kit.Client.SendAsync(HttpMethod.Put, "/emulator/calls/hang-up", null, "{\"requireUser\":true,\"endedCallSucceeds\":false}");
            var refused = await kit.Client.SendAsync(HttpMethod.Patch, path, kit.Token, "{\"state\":\"disconnected\"}");
            Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
            Assert.Equal("not.a.user", refused.Body.GetProperty("code").GetString());
            var (_, user) = await kit.Client.UserTokenAsync("agent0001@example.com");
            var hungUp = await kit.Client.SendAsync(HttpMethod.Patch, path, user.GetProperty("access_token").GetString(),
                "{\"state\":\"disconnected\"}");
            Assert.Equal(HttpStatusCode.OK, hungUp.Status);
        }

        [Fact]
        public async Task Missing_disconnect_permission_is_403()
        {
            var seed = new SeedDocument
            {
                Clients = new() { new() { Id = "viewer", Secret = "s", Name = "Viewer", Permissions = new() { "conversation:call:add" } } },
            };
            await using var server = await Support.EmulatorClient.StartAsync(seed: seed);
            using var client = new Support.EmulatorClient(server);
            var token = await client.ClientTokenAsync("viewer", "s");
            var (_, created, _) = await client.PostAsync($"/api/v2/conversations/calls/user/{server.UserIds[1]}", token,
                "{\"phoneNumber\":\"+15550000009\"}");
            var (status, body, _) = await client.SendAsync(HttpMethod.Patch, "/api/v2/conversations/calls/" + created.GetProperty("id").GetString(),
                token,
                "{\"state\":\"disconnected\"}");
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.Equal("missing.any.permissions", body.GetProperty("code").GetString());
            Assert.Contains("conversation:communication:disconnect", body.GetProperty("message").GetString());
        }

        [Fact]
        public async Task Participant_patch_hangs_up_that_leg_with_202()
        {
            await using var kit = await CallKit.StartAsync();
            var id = await kit.PlaceAsync("+15550000009");
            var call = await kit.WaitForRemoteAsync(id, "connected");
            var remoteId = CallKit.Remote(call, kit.Agent).GetProperty("id").GetString();
            var path = $"/api/v2/conversations/calls/{id}/participants/{remoteId}";
            var (status, _, response) = await kit.Client.SendAsync(HttpMethod.Patch, path, kit.Token, "{\"state\":\"disconnected\"}");
            Assert.Equal(HttpStatusCode.Accepted, status);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
            call = await kit.CallAsync(id);
            Assert.Equal("client", CallKit.Remote(call, kit.Agent).GetProperty("disconnectType").GetString());
            Assert.Equal("peer", CallKit.Caller(call, kit.Agent).GetProperty("disconnectType").GetString());
            var again = await kit.Client.SendAsync(HttpMethod.Patch, path, kit.Token, "{\"state\":\"disconnected\"}");
            Assert.Equal("conversation.error.call.disconnected", again.Body.GetProperty("code").GetString());
            var stranger = await kit.Client.SendAsync(HttpMethod.Patch, $"/api/v2/conversations/calls/{id}/participants/{Guid.NewGuid()}", kit.Token,
                "{\"state\":\"disconnected\"}");
            Assert.Equal("conversation.error.not.conversation.participant", stranger.Body.GetProperty("code").GetString());
        }

        [Fact]
        public async Task Disconnect_tears_the_call_down_with_202()
        {
            await using var kit = await CallKit.StartAsync();
            var id = await kit.PlaceAsync("+15550000009");
            var (status, _, _) = await kit.Client.PostAsync($"/api/v2/conversations/{id}/disconnect", kit.Token, "{}");
            Assert.Equal(HttpStatusCode.Accepted, status);
            var remote = CallKit.Remote(await kit.CallAsync(id), kit.Agent);
            Assert.Equal("peer", remote.GetProperty("disconnectType").GetString());
            Assert.Contains(remote.GetProperty("state").GetString(), new[] { "disconnected", "terminated" });
        }

        [Fact]
        public void Options_parse_the_new_switches()
        {
            var options = EmulatorOptions.Parse(new[] { "--call-speed", "250", "--heartbeat-seconds", "0.5", "--channel-lifetime", "60" });
            Assert.Equal(250, options.CallSpeed);
            Assert.Equal(0.5, options.HeartbeatSeconds);
            Assert.Equal(60, options.ChannelLifetimeSeconds);
            Assert.Throws<ArgumentException>(() => EmulatorOptions.Parse(new[] { "--call-speed", "0" }));
            Assert.Contains("--call-speed", Assert.Throws<ArgumentException>(() => EmulatorOptions.Parse(new[] { "--nope" })).Message);
        }

        [Fact]
        public async Task A_port_in_use_is_one_line_and_exit_2_not_a_crash()
        {
            using var busy = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            busy.Start();
            var port = ((IPEndPoint)busy.LocalEndpoint).Port;
            var start = new System.Diagnostics.ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { typeof(EmulatorServer).Assembly.Location, "--port", port.ToString(), "--agents", "1" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = System.Diagnostics.Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            Assert.True(process.WaitForExit(60000), "the emulator did not exit");
            Assert.Equal(2, process.ExitCode);
            Assert.StartsWith("Cannot listen on 127.0.0.1 (--port " + port + ")", await error);
            Assert.DoesNotContain("   at ", await error);
            Assert.DoesNotContain("Listening on", await output);
        }

        [Fact]
        public async Task Help_prints_the_usage_and_exits_0_without_serving()
        {
            var before = Console.Out;
            var written = new StringWriter();
            int code;
            Console.SetOut(written);
            try
            {
                code = await Program.Main(new[] { "--help" });
            }
            finally
            {
                Console.SetOut(before);
            }

            Assert.Equal(0, code);
            Assert.StartsWith("Usage: genesys-emulator", written.ToString());
            Assert.Contains("--http-port N", written.ToString());
            Assert.DoesNotContain("Unknown option", written.ToString());
            Assert.DoesNotMatch(@"Listening on https://127\.0\.0\.1:\d", written.ToString());
        }
    }
}
