using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Loading
{
    /// <summary>
    /// The module as build.ps1 lays it out, loaded the way PowerShell 7.4 would: in a .NET 8 process whose runtime
    /// carries System.Text.Json 8, after another module has loaded an older MSAL (tests/IsolationProbe), then
    /// validation, client-credentials sign-in, an API read and a call placed against the emulator.
    /// </summary>
    public sealed class Net8IsolationTests : IDisposable
    {
        private readonly TempFolder _work = new("gc-isolation");

        public void Dispose() => _work.Dispose();

        [Fact]
        public async Task The_built_module_works_beside_older_MSAL_and_System_Text_Json()
        {
            var module = _work.Combine("GenesysCalls");
            DotnetCli.Publish(Path.Combine("src", "GenesysCalls", "GenesysCalls.csproj"), _work.Combine("publish"));
            Assert.Empty(ModuleBuilder.Program.Build(_work.Combine("publish"), module, RepoFiles.Root));
            var probe = _work.Combine("probe");
            DotnetCli.Publish(Path.Combine("tests", "IsolationProbe", "IsolationProbe.csproj"), probe, "CoreAssembly=" + Path.Combine(module, "GenesysCalls.Core.dll"));

            await using var server = await EmulatorClient.StartAsync(agents: 5);
            var executable = Path.Combine(probe, OperatingSystem.IsWindows() ? "IsolationProbe.exe" : "IsolationProbe");
            var (exitCode, output) = DotnetCli.Run(executable, module, server.BaseUri.ToString(), server.Options.ClientId, server.Options.ClientSecret, server.UserIds[1]);

            Assert.True(exitCode == 0, output);
            Assert.Contains("ok our MSAL 4.92 loads privately", output);
            Assert.Contains("ok our System.Text.Json 10 loads privately", output);
            Assert.Contains("ok New-OutboundCall's core places a call on behalf of an agent", output);
            Assert.Contains("isolation: all checks passed", output);
        }
    }
}
