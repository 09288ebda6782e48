using System.Text.RegularExpressions;
using System.Xml.Linq;
using GenesysCalls.Core.Commands;
using GenesysCalls.ModuleBuilder;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Contract
{
    /// <summary>The problem table (Core/Commands/Problems) against the cmdlets, the built help, and every id the tests assert.</summary>
    public class ProblemTableTests : IDisposable
    {
        private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
        private readonly TempFolder _out = new("gc-errors");

        public void Dispose() => _out.Dispose();

        public static TheoryData<string> CmdletNames => new(BuiltModule.Cmdlets.Select(c => c.Name));

        [Fact]
        public void Each_problem_has_a_meaning_and_real_cmdlets_and_each_id_names_one_entry()
        {
            var cmdlets = BuiltModule.Cmdlets.Select(c => c.Name).ToList();
            Assert.All(Problems.All, p => Assert.True(p.Meaning.Length > 10 && p.RaisedBy.Count > 0, p.Name));
            Assert.All(Problems.All.SelectMany(p => p.RaisedBy), c => Assert.Contains(c, cmdlets));
            var ids = Problems.All.SelectMany(p => p.RaisedBy.Select(p.IdFor)).ToList();
            Assert.Equal(ids.Distinct().Count(), ids.Count);
            Assert.Contains("NewOutboundCallReadinessCheckForbidden", ids);
            Assert.Contains("GetOutboundCampaignProgressServiceError", ids);
            Assert.DoesNotContain("GetOutboundCallOutcomeUnknown", ids);
        }

        [Theory]
        [MemberData(nameof(CmdletNames))]
        public void Each_built_help_page_lists_exactly_the_tables_ids_for_its_cmdlet(string name)
        {
            var command = Compiled().Root!.Elements(Command + "command").Single(c => c.Element(Command + "details")!.Element(Command + "name")!.Value == name);
            var notes = command.Element(Maml + "alertSet")!.Descendants(Maml + "para").Select(p => p.Value);
            var prefix = name.Replace("-", string.Empty);
            var listed = notes.Select(n => Regex.Match(n, "^(" + prefix + @"[A-Z]\w*) \[(\w+)\]: ")).Where(m => m.Success).ToList();
            var expected = Problems.For(name).Select(p => p.IdFor(name) + " " + p.Kind).OrderBy(s => s, StringComparer.Ordinal);
            Assert.Equal(expected, listed.Select(m => m.Groups[1].Value + " " + m.Groups[2].Value).OrderBy(s => s, StringComparer.Ordinal));
        }

        [Fact]
        public void The_built_about_topic_lists_exactly_the_tables_ids_by_cmdlet_and_every_problem_once()
        {
            Compiled();
            var about = File.ReadAllLines(_out.Combine("about_GenesysCalls.help.txt"));
            Assert.DoesNotContain(ErrorLists.Marker, about);
            var section = about.SkipWhile(l => l != "ERROR IDS").TakeWhile(l => l != "SEE ALSO").ToList();
            var byCmdlet = section.SkipWhile(l => !l.StartsWith("    By cmdlet", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0);
            var listed = new Dictionary<string, List<string>>();
            string? current = null;
            foreach (var line in byCmdlet)
            {
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (!line.StartsWith(new string(' ', 9), StringComparison.Ordinal)) listed[current = words[0]] = new List<string>();
                listed[current!].AddRange(line.StartsWith(new string(' ', 9), StringComparison.Ordinal) ? words : words.Skip(1));
            }

            var expected = ErrorLists.Cmdlets().ToDictionary(c => c.Replace("-", string.Empty), c => Problems.For(c).Select(p => p.Name).ToList());
            Assert.Equal(expected.Keys.OrderBy(k => k), listed.Keys.OrderBy(k => k));
            Assert.All(expected, e => Assert.Equal(e.Value.OrderBy(n => n, StringComparer.Ordinal), listed[e.Key].OrderBy(n => n, StringComparer.Ordinal)));
            var meanings = string.Join("\n", section.SkipWhile(l => !l.StartsWith("    What each problem means", StringComparison.Ordinal)));
            Assert.All(Problems.All.Except(Problems.ReadinessCheck.All).Except(Problems.Progress.All),
                p => Assert.Matches(@"(?m)^ {8}" + p.Name + " +\\[" + p.Kind + "\\]", meanings));
        }

        [Fact]
        public void The_builder_refuses_help_that_names_an_id_the_table_does_not_hold()
        {
            Assert.Equal(new[] { "StopOutboundCampaignNoActiveEdges", "TestCallPayloadTimeout" },
                ErrorLists.Unknown("StopOutboundCampaignBlocked, StopOutboundCampaignNoActiveEdges, NewOutboundCall<Problem>, "
                    + "NewOutboundCallCommand, TestCallPayloadTimeout."));
        }

        /// <summary>Every id a test asserts (a quoted 'NewOutboundCallInvalidInput' in Pester or xunit) is an id of the table.</summary>
        [Fact]
        public void Every_id_the_tests_assert_is_in_the_table()
        {
            var files = Directory.GetFiles(RepoFiles.Combine("tests", "pester"), "*.ps1")
                .Concat(Directory.GetFiles(RepoFiles.Combine("tests", "GenesysCalls.Tests"), "*.cs", SearchOption.AllDirectories)
                    // This file names ids the table does not hold, on purpose, to show the checks fail.
                    .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.EndsWith(nameof(ProblemTableTests) + ".cs")))
                .ToList();
            var asserted = files.SelectMany(f => AssertedIds(File.ReadAllText(f)).Select(id => (File: Path.GetFileName(f), Id: id))).ToList();
            Assert.True(asserted.Count > 100, asserted.Count + " ids");
            Assert.Empty(asserted.Where(a => !IsTableId(a.Id)).Select(a => a.File + ": " + a.Id));
        }

        [Fact]
        public void The_scan_finds_an_id_the_table_does_not_hold()
        {
            var ids = AssertedIds("Should -Be 'NewOutboundCall" + "AgentAsleep,GenesysCalls.Cmdlets.NewOutboundCallCommand'\n"
                + "Assert.Equal(\"StopOutboundCampaign" + "Blocked\", id); var c = \"NewOutboundCallCommand\"; \"NewOutboundCall\" + problem").ToList();
            Assert.Equal(new[] { "NewOutboundCallAgentAsleep", "StopOutboundCampaignBlocked" }, ids);
            Assert.Equal(new[] { false, true }, ids.Select(IsTableId));
        }

        private static IEnumerable<string> AssertedIds(string text)
        {
            var prefixes = string.Join("|", ErrorLists.Cmdlets().Select(c => c.Replace("-", string.Empty)).OrderByDescending(p => p.Length));
            return Regex.Matches(text, "['\"](" + prefixes + @")([A-Z]\w*)").Where(m => m.Groups[2].Value != "Command")
                .Select(m => m.Groups[1].Value + m.Groups[2].Value);
        }

        private static bool IsTableId(string id) => ErrorLists.Cmdlets().Any(c => ErrorLists.Ids(c).Contains(id));

        private XDocument Compiled()
        {
            if (!File.Exists(_out.Combine("GenesysCalls.dll-Help.xml")))
            {
                Assert.Empty(HelpCompiler.Compile(BuiltModule.CmdletAssembly, BuiltModule.AutomationReference, RepoFiles.Combine("en-US"), _out.Path));
            }

            return XDocument.Load(_out.Combine("GenesysCalls.dll-Help.xml"));
        }
    }
}
