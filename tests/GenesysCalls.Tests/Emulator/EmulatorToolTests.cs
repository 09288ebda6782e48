using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Emulator
{
    /// <summary>The emulator as people without a clone get it: the .NET tool package, installed into a tool path and started.</summary>
    public sealed class EmulatorToolTests
    {
        private static readonly Regex ConnectLine = new(
            @"^Connect-GenesysOrg -BaseUri (?<uri>https://127\.0\.0\.1:\d+) -ClientId (?<id>\S+) "
            + @"-ClientSecret \(ConvertTo-SecureString '(?<secret>(?:[^']|'')*)' -AsPlainText -Force\) -SkipCertificateCheck$");

        [Fact]
        public async Task The_tool_package_installs_into_a_tool_path_and_prints_the_line_to_paste()
        {
            using var work = new TempFolder("gc-tool");
            var project = RepoFiles.Combine("src", "GenesysCalls.Emulator", "GenesysCalls.Emulator.csproj");
            var (packed, packLog) = DotnetCli.Run("dotnet", "pack", project, "-c", "Release", "-o", work.Combine("packages"), "--nologo",
                "--disable-build-servers");
            Assert.True(packed == 0, packLog);
            var package = Assert.Single(Directory.GetFiles(work.Combine("packages"), "GenesysCalls.Emulator.*.nupkg"));
            var version = Path.GetFileNameWithoutExtension(package)["GenesysCalls.Emulator.".Length..];
            var (installed, installLog) = DotnetCli.Run("dotnet", "tool", "install", "GenesysCalls.Emulator", "--tool-path", work.Combine("tools"),
                "--add-source", work.Combine("packages"), "--version", version);
            Assert.True(installed == 0, installLog);
            var command = work.Combine(Path.Combine("tools", OperatingSystem.IsWindows() ? "genesys-emulator.exe" : "genesys-emulator"));

            var (helpExit, help) = DotnetCli.Run(command, "--help");
            Assert.Equal(0, helpExit);
            Assert.StartsWith("Usage: genesys-emulator", help);

            var info = new ProcessStartInfo(command) { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var a in new[] { "--port", "0", "--agents", "3" }) info.ArgumentList.Add(a);
            using var process = Process.Start(info)!;
            try
            {
                var lines = new List<string>();
                for (var i = 0; i < 4; i++) lines.Add(await process.StandardOutput.ReadLineAsync() ?? string.Empty);
                Assert.Matches(@"^Listening on https://127\.0\.0\.1:\d+$", lines[0]);
                var match = ConnectLine.Match(lines[2]);
                Assert.True(match.Success, string.Join("\n", lines.Select(l => l.Length > 40 ? l[..40] + "…" : l)));
                Assert.Equal(lines[0]["Listening on ".Length..], match.Groups["uri"].Value);
                var secret = match.Groups["secret"].Value.Replace("''", "'");
                Assert.NotEqual(EmulatorOptions.DefaultClientSecret, secret);
                Assert.Equal(1, string.Join("\n", lines).Split(secret).Length - 1);

                // The pasted credentials sign in.
                using var http = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true });
                using var request = new HttpRequestMessage(HttpMethod.Post, match.Groups["uri"].Value + "/oauth/token")
                {
                    Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                    Convert.ToBase64String(Encoding.UTF8.GetBytes(match.Groups["id"].Value + ":" + secret)));
                Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(request)).StatusCode);
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }

        [Fact]
        public void The_connect_line_quotes_a_given_secret_as_PowerShell_reads_it()
        {
            var options = EmulatorOptions.Parse(new[] { "--client-id", "ops", "--client-secret", "it's" });
            Assert.Equal("Connect-GenesysOrg -BaseUri https://127.0.0.1:5001 -ClientId ops -ClientSecret (ConvertTo-SecureString 'it''s'"
                + " -AsPlainText -Force) -SkipCertificateCheck", Program.ConnectLine(new Uri("https://127.0.0.1:5001/"), options));
            Assert.NotEqual(EmulatorOptions.Parse(Array.Empty<string>()).ClientSecret, EmulatorOptions.Parse(Array.Empty<string>()).ClientSecret);
        }

        [Fact]
        public void Help_prints_usage_and_exits_zero()
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "GenesysCalls.Emulator.dll");
            foreach (var flag in new[] { "--help", "-h" })
            {
                var (exitCode, output) = DotnetCli.Run("dotnet", dll, flag);
                Assert.Equal(0, exitCode);
                Assert.StartsWith("Usage: genesys-emulator [options]", output);
                Assert.DoesNotContain("Unknown option", output);
                Assert.Contains("--client-secret", output);
            }
        }
    }
}
