using System.Text.RegularExpressions;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Contract
{
    /// <summary>Cmdlets bind, the core decides, the host writes: only Hosting/ and the lifecycle base class talk to PowerShell's streams.</summary>
    public class HostWritesContractTests
    {
        private static readonly Regex Writes = new Regex(
            @"(?<![\w.])(?:base\.|this\.)?(?<call>WriteObject|WriteError|WriteWarning|WriteVerbose|WriteDebug|WriteProgress|WriteInformation"
            + @"|ThrowTerminatingError|ShouldProcess|ShouldContinue)\s*\(|\bnew\s+(?<call>ErrorRecord)\s*\(", RegexOptions.Compiled);

        private static readonly string[] Allowed = { Path.Combine("Hosting", ""), Path.Combine("Cmdlets", "GenesysCmdlet.cs") };

        [Fact]
        public void Only_the_host_and_the_lifecycle_base_write_to_PowerShell()
        {
            var root = RepoFiles.Combine("src", "GenesysCalls");
            var offenders = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
                .Select(f => (File: Path.GetRelativePath(root, f), Lines: File.ReadAllLines(f)))
                .Where(f => !Allowed.Any(a => f.File.StartsWith(a, StringComparison.Ordinal)))
                .SelectMany(f => f.Lines.Select((line, i) => (f.File, Line: i + 1, Match: Writes.Match(line))))
                .Where(hit => hit.Match.Success)
                .Select(hit => hit.File + ":" + hit.Line + " " + hit.Match.Groups["call"].Value)
                .ToList();
            Assert.True(offenders.Count == 0, "Write through ICommandOutput (the core) instead: " + string.Join(", ", offenders));
        }

        [Fact]
        public void The_scan_sees_a_write()
        {
            Assert.Matches(Writes, "                WriteError(new ErrorRecord(ex, \"X\", ErrorCategory.InvalidArgument, null));");
            Assert.DoesNotMatch(Writes, "_output.WriteError(error);");
        }
    }
}
