using GenesysCalls.ModuleBuilder;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Contract
{
    /// <summary>The steps of build.ps1 -Task Build that shape the module: file layout and the stamped manifest.</summary>
    public sealed class ModuleBuilderTests : IDisposable
    {
        private readonly TempFolder _work = new("gc-layout");

        public void Dispose() => _work.Dispose();

        [Fact]
        public void Our_files_go_to_the_root_and_every_other_assembly_to_Dependencies()
        {
            var publish = Directory.CreateDirectory(_work.Combine("publish")).FullName;
            foreach (var file in new[] { "GenesysCalls.dll", "GenesysCalls.Core.dll", "GenesysCalls.format.ps1xml", "Microsoft.Identity.Client.dll", "System.Text.Json.dll", "GenesysCalls.deps.json" })
            {
                File.WriteAllText(Path.Combine(publish, file), file);
            }

            var module = _work.Combine("GenesysCalls");
            Directory.CreateDirectory(Path.Combine(module, "stale"));
            ModuleLayout.Lay(publish, module);

            Assert.Equal(new[] { "GenesysCalls.Core.dll", "GenesysCalls.dll", "GenesysCalls.format.ps1xml" }, Directory.GetFiles(module).Select(Path.GetFileName).Order());
            Assert.Equal(new[] { "Microsoft.Identity.Client.dll", "System.Text.Json.dll" }, Directory.GetFiles(Path.Combine(module, "Dependencies")).Select(Path.GetFileName).Order());
            Assert.Equal(new[] { "Dependencies" }, Directory.GetDirectories(module).Select(Path.GetFileName));
        }

        [Fact]
        public void A_published_PowerShell_assembly_stops_the_build()
        {
            var publish = Directory.CreateDirectory(_work.Combine("publish")).FullName;
            File.WriteAllText(Path.Combine(publish, "System.Management.Automation.dll"), "x");

            var error = Assert.Throws<InvalidOperationException>(() => ModuleLayout.Lay(publish, _work.Combine("GenesysCalls")));
            Assert.Contains("ExcludeAssets=runtime", error.Message);
        }

        [Fact]
        public void The_manifest_gets_the_version_and_that_versions_release_notes()
        {
            var changelog = "# Changelog\n\n## 0.2.0\n\n- Ann's fix.\n- Second line.\n\n## 0.1.0 (released)\n\n- First.\n";
            var notes = ModuleManifest.ReleaseNotes(changelog, "0.2.0");
            var manifest = ModuleManifest.Stamp("@{\n    ModuleVersion = '0.0.1'\n    PrivateData = @{ PSData = @{\n        ReleaseNotes = 'See CHANGELOG.md.'\n    } }\n}\n", "0.2.0", notes);

            Assert.Equal("- Ann's fix.\n- Second line.", notes);
            Assert.Contains("ModuleVersion = '0.2.0'", manifest);
            Assert.Contains("ReleaseNotes = '- Ann''s fix.\n- Second line.'", manifest);
            Assert.DoesNotContain("First.", manifest);
        }

        [Fact]
        public void A_version_without_a_changelog_section_stops_the_build()
        {
            var error = Assert.Throws<InvalidOperationException>(() => ModuleManifest.ReleaseNotes("# Changelog\n\n## 0.1.0\n\n- First.\n", "0.3.0"));
            Assert.Contains("## 0.3.0", error.Message);
        }

        [Fact]
        public void The_repository_changelog_has_notes_for_the_current_version()
        {
            var version = ModuleManifest.Version(RepoFiles.Combine("Directory.Build.props"));
            Assert.NotEmpty(ModuleManifest.ReleaseNotes(File.ReadAllText(RepoFiles.Combine("CHANGELOG.md")), version));
        }
    }
}
