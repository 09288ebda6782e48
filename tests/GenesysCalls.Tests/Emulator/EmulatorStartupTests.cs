using System.Diagnostics;
using System.Net;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Emulator
{
    public class EmulatorStartupTests
    {
        [Fact]
        public void Options_parse_and_bad_options_are_named()
        {
            var options = EmulatorOptions.Parse(new[] { "--port", "0", "--agents", "250", "--client-id", "id", "--client-secret", "s", "--rate-limit", "100000", "--http-port", "0", "--token-lifetime", "5" });
            Assert.Equal(250, options.Agents);
            Assert.Equal("id", options.ClientId);
            Assert.Equal(100000, options.RateLimitPerMinute);
            Assert.Equal(0, options.HttpPort);
            Assert.Equal(5, options.TokenLifetimeSeconds);
            Assert.Contains("--nope", Assert.Throws<ArgumentException>(() => EmulatorOptions.Parse(new[] { "--nope" })).Message);
            Assert.Contains("--agents", Assert.Throws<ArgumentException>(() => EmulatorOptions.Parse(new[] { "--agents", "many" })).Message);
        }

        [Fact]
        public async Task Seed_file_defines_the_org()
        {
            var file = Path.GetTempFileName();
            try
            {
                File.WriteAllText(file, """
                    { "organization": { "name": "Contoso" },
                      "queues": [ { "name": "Billing" } ],
                      "users": [ { "name": "Ann Agent", "email": "ann@contoso.com", "presence": "OnQueue", "stationName": "Ann's phone" },
                                 { "name": "Bob Nostation", "email": "bob@contoso.com" } ],
                      "clients": [ { "id": "ops", "secret": "pw", "name": "Ops" } ] }
                    """);
                await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { SeedFile = file, Agents = 0 });
                using var client = new EmulatorClient(server);
                var token = await client.ClientTokenAsync("ops", "pw");
                Assert.Equal("Contoso", (await client.GetAsync("/api/v2/organizations/me", token)).Body.GetProperty("name").GetString());
                Assert.Equal(2, server.UserIds.Count);
                var queues = await client.GetAsync("/api/v2/routing/queues", token);
                Assert.Equal("Billing", Assert.Single(queues.Body.GetProperty("entities").EnumerateArray()).GetProperty("name").GetString());
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public async Task Broken_seed_file_is_a_clear_error()
        {
            var file = Path.GetTempFileName();
            File.WriteAllText(file, "{ not json");
            try
            {
                var ex = await Assert.ThrowsAsync<ArgumentException>(() => EmulatorServer.StartAsync(new EmulatorOptions { SeedFile = file }));
                Assert.Contains(file, ex.Message);
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public async Task Plain_http_listener_on_request_also_loopback()
        {
            await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { HttpPort = 0 });
            Assert.NotNull(server.HttpUri);
            Assert.Equal("127.0.0.1", server.HttpUri!.Host);
            using var http = new HttpClient();
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(server.HttpUri, "/.well-known/oauth-authorization-server"))).StatusCode);
        }

        [Fact]
        public async Task The_built_program_prints_its_listener_and_stops_on_sigterm()
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "GenesysCalls.Emulator.dll");
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var a in new[] { dll, "--port", "0", "--agents", "3" }) info.ArgumentList.Add(a);
            using var process = Process.Start(info)!;
            var line = await process.StandardOutput.ReadLineAsync();
            Assert.Matches(@"^Listening on https://127\.0\.0\.1:\d+$", line);
            Process.Start("kill", new[] { "-TERM", process.Id.ToString() })!.WaitForExit();
            Assert.True(process.WaitForExit(15000), "the emulator did not stop on SIGTERM");
            Assert.Equal(0, process.ExitCode);
        }
    }
}
