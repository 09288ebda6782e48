using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Contract
{
    /// <summary>
    /// A Windows PowerShell 5.1 console writes in its OEM code page (437, 850, ...), where "…" or "→" come out as "?":
    /// the help and the views stay within ASCII so they read the same in every console.
    /// </summary>
    public sealed class ConsoleTextTests
    {
        public static IEnumerable<object[]> Files() =>
            Directory.GetFiles(RepoFiles.Combine("en-US"), "*.md").Append(RepoFiles.Combine("src", "GenesysCalls", "GenesysCalls.format.ps1xml"))
                .Select(f => new object[] { Path.GetRelativePath(RepoFiles.Root, f) });

        [Theory]
        [MemberData(nameof(Files))]
        public void Help_and_views_are_ASCII(string file)
        {
            var lines = File.ReadAllLines(RepoFiles.Combine(file));
            var offending = lines.Select((line, i) => (line, i)).Where(l => l.line.Any(c => c > 127)).Select(l => (l.i + 1) + ": " + l.line);
            Assert.Empty(offending);
        }
    }
}
