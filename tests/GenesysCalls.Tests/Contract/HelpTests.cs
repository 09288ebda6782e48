using System.Xml.Linq;
using GenesysCalls.ModuleBuilder;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Contract
{
    public class HelpTests : IDisposable
    {
        private readonly TempFolder _out = new("gc-help");

        public void Dispose() => _out.Dispose();

        public static TheoryData<string> CmdletNames => new(BuiltModule.Cmdlets.Select(c => c.Name));

        [Theory]
        [MemberData(nameof(CmdletNames))]
        public void Help_source_is_complete(string name)
        {
            var cmdlet = BuiltModule.Cmdlet(name);
            Assert.Empty(HelpChecker.Problems(cmdlet, HelpCompiler.Load(RepoFiles.Combine("en-US"), name)));
        }

        [Fact]
        public void Checker_finds_missing_parameters_and_examples()
        {
            var cmdlet = BuiltModule.Cmdlet("Test-CallPayload");
            var thin = HelpDocument.Parse("# Test-CallPayload\n## SYNOPSIS\nx\n## EXAMPLES\n### Example 1\n```powershell\nx\n```\n## PARAMETERS\n### -Json\ntext\n");
            var problems = HelpChecker.Problems(cmdlet, thin);
            Assert.Contains(problems, p => p.Contains("-Path is not described"));
            Assert.Contains(problems, p => p.Contains("1 examples"));
            Assert.Contains(problems, p => p.Contains("no DESCRIPTION"));
        }

        [Fact]
        public void Compiles_maml_with_syntax_parameters_and_examples()
        {
            Assert.Empty(HelpCompiler.Compile(BuiltModule.CmdletAssembly, BuiltModule.AutomationReference, RepoFiles.Combine("en-US"), _out.Path));
            Assert.True(File.Exists(_out.Combine("about_GenesysCalls.help.txt")));
            var maml = XDocument.Load(_out.Combine("GenesysCalls.dll-Help.xml"));
            XNamespace command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
            XNamespace m = "http://schemas.microsoft.com/maml/2004/10";
            var commands = maml.Root!.Elements(command + "command").ToList();
            Assert.Equal(18, commands.Count);
            var payload = commands.Single(c => c.Element(command + "details")!.Element(command + "name")!.Value == "Test-CallPayload");
            Assert.Equal(4, payload.Element(command + "syntax")!.Elements(command + "syntaxItem").Count());
            var json = payload.Element(command + "parameters")!.Elements(command + "parameter").Single(p => p.Element(m + "name")!.Value == "Json");
            Assert.Equal("True (ByValue)", json.Attribute("pipelineInput")!.Value);
            Assert.Contains("JSON text", json.Element(m + "description")!.Value);
            Assert.True(payload.Element(command + "examples")!.Elements().Count() >= 3);
            var connect = commands.Single(c => c.Element(command + "details")!.Element(command + "name")!.Value == "Connect-GenesysOrg");
            var syntax = connect.Element(command + "syntax")!.Elements(command + "syntaxItem").ToList();
            Assert.Equal(5, syntax.Count);
            Assert.DoesNotContain(syntax[0].Elements(command + "parameter"), p => p.Element(m + "name")!.Value is "ClientSecret" or "Credential");
            Assert.Contains(syntax[0].Elements(command + "parameter"), p => p.Element(m + "name")!.Value == "ClientId" && p.Attribute("required")!.Value == "false");
            Assert.Contains(syntax[0].Elements(command + "parameter"), p => p.Element(m + "name")!.Value == "Region");
            var outbound = commands.Single(c => c.Element(command + "details")!.Element(command + "name")!.Value == "New-OutboundCall");
            var rows = outbound.Element(command + "parameters")!.Elements().Single(p => p.Element(m + "name")!.Value == "InputObject");
            Assert.Equal("True (ByValue)", rows.Attribute("pipelineInput")!.Value);
            Assert.Contains("as an array", rows.Element(m + "description")!.Value);
        }

        [Fact]
        public void About_topic_lists_every_rule_of_our_judgement_with_its_reason_and_no_other()
        {
            var about = File.ReadAllText(RepoFiles.Combine("en-US", "about_GenesysCalls.help.txt"));
            var section = about.Substring(about.IndexOf("\nVALIDATION: ERRORS AND WARNINGS", StringComparison.Ordinal));
            section = section.Substring(0, section.IndexOf("\nFOLLOWING CALLS", StringComparison.Ordinal));
            var listed = System.Text.RegularExpressions.Regex.Matches(section, @"(?m)^ {8}(genesyscalls\.[a-z0-9.]+)\s*\n {12}\S")
                .Select(m => m.Groups[1].Value);
            var judgement = GenesysCalls.Core.Validation.PayloadRules.All
                .Where(r => r.Source == GenesysCalls.Core.Validation.RuleSource.Judgement).Select(r => r.Code);
            Assert.Equal(judgement.OrderBy(c => c, StringComparer.Ordinal), listed.OrderBy(c => c, StringComparer.Ordinal));
        }

        [Fact]
        public void About_topic_covers_flows_permissions_400s_rate_limits_and_the_emulator()
        {
            var about = File.ReadAllText(RepoFiles.Combine("en-US", "about_GenesysCalls.help.txt"));
            foreach (var must in new[] { "SIGN-IN FLOWS", "GENESYSCLOUD_OAUTHCLIENT_ID", "conversation:call:add", "WHY DID I GET A 400", "not.a.user", "RATE LIMITS", "Retry-After", "THE EMULATOR" })
            {
                Assert.Contains(must, about);
            }
        }
    }
}
