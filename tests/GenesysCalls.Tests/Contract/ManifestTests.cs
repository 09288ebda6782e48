using System.Text.RegularExpressions;
using System.Xml.Linq;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Contract
{
    public class ManifestTests
    {
        private static readonly string Manifest = File.ReadAllText(RepoFiles.Combine("GenesysCalls.psd1"));

        private static string Value(string key) => Regex.Match(Manifest, @"^\s*" + key + @"\s*=\s*'([^']*)'", RegexOptions.Multiline).Groups[1].Value;

        private static string[] List(string key)
        {
            var block = Regex.Match(Manifest, @"^\s*" + key + @"\s*=\s*@\(([^)]*)\)", RegexOptions.Multiline | RegexOptions.Singleline);
            Assert.True(block.Success, key + " must be an explicit @() list");
            return Regex.Matches(block.Groups[1].Value, "'([^']*)'").Select(m => m.Groups[1].Value).ToArray();
        }

        [Fact]
        public void Exports_exactly_the_cmdlets_the_assembly_defines()
        {
            Assert.Equal(BuiltModule.Cmdlets.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal), List("CmdletsToExport").OrderBy(n => n, StringComparer.Ordinal));
            Assert.Empty(List("FunctionsToExport"));
            Assert.Empty(List("AliasesToExport"));
            Assert.DoesNotContain("*", Manifest);
        }

        [Fact]
        public void Declares_editions_version_and_formats()
        {
            Assert.Equal(new[] { "Desktop", "Core" }, List("CompatiblePSEditions"));
            Assert.Equal("5.1", Value("PowerShellVersion"));
            Assert.Equal("4.7.2", Value("DotNetFrameworkVersion"));
            Assert.Equal("GenesysCalls.dll", Value("RootModule"));
            var formats = List("FormatsToProcess");
            Assert.All(formats, f => Assert.True(File.Exists(RepoFiles.Combine("src", "GenesysCalls", f)), f));
        }

        [Fact]
        public void Version_has_one_source()
        {
            var props = XDocument.Load(RepoFiles.Combine("Directory.Build.props"));
            var version = props.Descendants("Version").Single().Value;
            Assert.Equal(version, Value("ModuleVersion"));
            Assert.Equal(version, typeof(GenesysCalls.CreateCallRequest).Assembly.GetName().Version!.ToString(3));
        }

        [Fact]
        public void Has_gallery_metadata()
        {
            Assert.Matches(@"Tags\s*=\s*@\('Genesys'", Manifest);
            // No public repository exists yet: an address we do not know is left out, never invented.
            Assert.DoesNotMatch(@"ProjectUri|LicenseUri|IconUri|HelpInfoURI", Manifest);
            Assert.Contains("MIT License", File.ReadAllText(RepoFiles.Combine("LICENSE")));
            Assert.Matches(@"ReleaseNotes\s*=", Manifest);
            Assert.DoesNotMatch(@"RequiredAssemblies|NestedModules", Manifest);
        }

        [Fact]
        public void Guid_is_a_random_one()
        {
            var guid = Guid.Parse(Value("GUID"));
            Assert.NotEqual(Guid.Parse("6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"), guid);
            var text = guid.ToString("D");
            Assert.Equal('4', text[14]);
            Assert.Contains(text[19], "89ab");
        }

        /// <summary>The gallery shows Description alone: each noun the module exports must be in it, so a new one forces an update.</summary>
        [Theory]
        [InlineData("GenesysOrg", "connect")]
        [InlineData("GenesysSession", "connect")]
        [InlineData("CallPayload", "validate")]
        [InlineData("AgentPresence", "agents")]
        [InlineData("OutboundCall", "follow each call")]
        [InlineData("OutboundContactList", "contact lists")]
        [InlineData("OutboundContact", "contact lists")]
        [InlineData("OutboundCampaign", "campaigns")]
        [InlineData("OutboundCallback", "schedule callbacks")]
        public void Description_names_what_each_noun_does(string noun, string words)
        {
            Assert.Contains(words, Value("Description"), StringComparison.OrdinalIgnoreCase);
            Assert.Contains(List("CmdletsToExport"), c => c.EndsWith("-" + noun, StringComparison.Ordinal));
        }

        [Fact]
        public void Every_exported_noun_is_described()
        {
            var described = typeof(ManifestTests).GetMethod(nameof(Description_names_what_each_noun_does))!
                .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
                .Select(a => (string)a.GetData(null!).First()[0]).ToHashSet();
            var nouns = List("CmdletsToExport").Select(c => c.Substring(c.IndexOf('-') + 1)).Distinct();
            Assert.All(nouns, n => Assert.Contains(n, described));
        }

        [Fact]
        public void Every_output_type_has_a_table_view()
        {
            var views = XDocument.Load(RepoFiles.Combine("src", "GenesysCalls", "GenesysCalls.format.ps1xml")).Descendants("TypeName").Select(t => t.Value).ToHashSet();
            var outputs = BuiltModule.Cmdlets.SelectMany(c => c.OutputTypes).Where(t => t.StartsWith("GenesysCalls.", StringComparison.Ordinal)).Distinct();
            Assert.All(outputs, t => Assert.Contains(t, views));
            Assert.Contains("GenesysCalls.Diagnostic", views);
        }

        [Fact]
        public void Every_view_column_names_a_property_of_the_type_it_selects()
        {
            var format = XDocument.Load(RepoFiles.Combine("src", "GenesysCalls", "GenesysCalls.format.ps1xml"));
            var core = typeof(GenesysCalls.CreateCallRequest).Assembly;
            foreach (var view in format.Descendants("View"))
            {
                var typeName = view.Element("ViewSelectedBy")!.Element("TypeName")!.Value;
                var type = core.GetType(typeName);
                Assert.True(type != null, "The view " + view.Element("Name")!.Value + " selects " + typeName + ", which the core does not define");
                foreach (var property in view.Descendants("PropertyName").Select(p => p.Value))
                {
                    Assert.True(type!.GetProperty(property) != null, "The view of " + typeName + " binds " + property + ", which it does not have");
                }
            }
        }

        [Fact]
        public void Table_views_leave_the_last_column_room_at_80_columns()
        {
            // The last column has no width, so it takes what the console has: readable at 80, whole when wider.
            var format = XDocument.Load(RepoFiles.Combine("src", "GenesysCalls", "GenesysCalls.format.ps1xml"));
            foreach (var table in format.Descendants("TableHeaders"))
            {
                var headers = table.Elements("TableColumnHeader").ToList();
                Assert.Null(headers.Last().Element("Width"));
                var widths = headers.Take(headers.Count - 1).Select(h => int.Parse(h.Element("Width")!.Value)).ToList();
                var lastLabel = headers.Last().Element("Label")!.Value.Length;
                Assert.True(widths.Sum() + widths.Count + lastLabel <= 80,
                    "At 80 columns the last column of a table view gets " + (80 - widths.Sum() - widths.Count) + " characters");
                foreach (var header in headers.Take(headers.Count - 1))
                {
                    Assert.True(header.Element("Label")!.Value.Length <= int.Parse(header.Element("Width")!.Value), "The header " + header.Element("Label")!.Value + " would wrap");
                }
            }
        }
    }
}
