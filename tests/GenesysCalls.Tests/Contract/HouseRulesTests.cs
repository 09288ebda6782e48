using System.Text.RegularExpressions;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Contract
{
    /// <summary>The rules of ../shared/style.md that a machine can check, so they hold without anyone remembering them.</summary>
    public class HouseRulesTests
    {
        private static IEnumerable<string> Files(string folder, string pattern) =>
            Directory.GetFiles(RepoFiles.Combine(folder), pattern, SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)
                    && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar));

        [Fact]
        public void Source_files_stay_under_300_lines_of_at_most_150_characters()
        {
            var sources = Files("src", "*.cs").ToList();
            Assert.NotEmpty(sources);
            Assert.All(sources, f => Assert.True(File.ReadLines(f).Count() < 300, f + " has 300 lines or more"));
            Assert.All(sources, f => Assert.DoesNotContain(File.ReadLines(f), l => l.Length > 150));
        }

        [Fact]
        public void No_package_is_a_prerelease()
        {
            var references = new[] { "src", "tests", "tools", "benchmarks" }.SelectMany(d => Files(d, "*.csproj"))
                .SelectMany(f => Regex.Matches(File.ReadAllText(f), "<Package(?:Reference|Download) Include=\"([^\"]+)\" Version=\"([^\"]+)\"")
                    .Select(m => (File: Path.GetFileName(f), Package: m.Groups[1].Value, Version: m.Groups[2].Value)))
                .ToList();
            Assert.Contains(references, r => r.Package == "PowerShellStandard.Library");
            Assert.All(references, r => Assert.DoesNotMatch("-(preview|alpha|beta|rc)", r.Version));
        }
        /// <summary>The emulator is an independent oracle: a name shared with the core invites shared assumptions.</summary>
        [Fact]
        public void Emulator_shares_no_type_name_with_the_client()
        {
            static IEnumerable<string> Names(Type anchor) => anchor.Assembly.GetTypes()
                .Where(t => !t.IsNested && !t.Name.StartsWith("<", StringComparison.Ordinal) && t.Namespace?.StartsWith("GenesysCalls", StringComparison.Ordinal) == true)
                .Select(t => t.Name);
            var client = Names(typeof(GenesysCalls.CreateCallRequest)).ToHashSet();
            var emulator = Names(typeof(GenesysCalls.Emulator.EmulatorServer)).ToList();
            Assert.NotEmpty(emulator);
            Assert.DoesNotContain(emulator, client.Contains);
        }
    }
}
