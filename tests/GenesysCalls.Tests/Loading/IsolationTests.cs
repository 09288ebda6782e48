using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Loading
{
    /// <summary>
    /// The module as build.ps1 lays it out, loaded the way PowerShell 7.4 (.NET 8, whose System.Text.Json is older than
    /// ours) and 7.6 (.NET 10) load it, after another module has loaded an older MSAL (tests/IsolationProbe): then
    /// validation, client-credentials sign-in, an API read and a call placed against the emulator.
    /// </summary>
    public sealed class IsolationTests : IClassFixture<IsolationTests.BuiltLayout>
    {
        private readonly BuiltLayout _layout;

        public IsolationTests(BuiltLayout layout) => _layout = layout;

        [Theory]
        [InlineData("net8.0", "runtime: .NET 8", "ok our System.Text.Json loads privately")]
        [InlineData("net10.0", "runtime: .NET 10", "ok the runtime's System.Text.Json serves the core")]
        public async Task The_built_module_works_beside_another_modules_MSAL(string framework, string runtime, string json)
        {
            var probe = _layout.Work.Combine("probe-" + framework);
            DotnetCli.Publish(Path.Combine("tests", "IsolationProbe", "IsolationProbe.csproj"), probe, "-f", framework, "-p:CoreAssembly=" + Path.Combine(_layout.Module, "GenesysCalls.Core.dll"));

            await using var server = await EmulatorClient.StartAsync(agents: 5);
            var executable = Path.Combine(probe, OperatingSystem.IsWindows() ? "IsolationProbe.exe" : "IsolationProbe");
            var (exitCode, output) = DotnetCli.Run(executable, _layout.Module, server.BaseUri.ToString(), server.Options.ClientId, server.Options.ClientSecret, server.UserIds[1]);

            Assert.True(exitCode == 0, output);
            Assert.Contains(runtime + ",", output);
            Assert.Contains(json, output);
            Assert.Contains("ok our MSAL loads privately", output);
            Assert.Contains("ok New-OutboundCall's core places a call on behalf of an agent", output);
            Assert.Contains("isolation: all checks passed", output);
        }

        /// <summary>out/GenesysCalls as build.ps1 -Task Build makes it, in a temp folder: published, then laid out by the ModuleBuilder.</summary>
        public sealed class BuiltLayout : IDisposable
        {
            public BuiltLayout()
            {
                DotnetCli.Publish(Path.Combine("src", "GenesysCalls", "GenesysCalls.csproj"), Work.Combine("publish"));
                var problems = ModuleBuilder.Program.Build(Work.Combine("publish"), Module, RepoFiles.Root);
                if (problems.Count > 0) throw new InvalidOperationException(string.Join("\n", problems));
            }

            public TempFolder Work { get; } = new("gc-isolation");

            public string Module => Work.Combine("GenesysCalls");

            public void Dispose() => Work.Dispose();
        }
    }
}
