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
            Assert.Matches(@"ProjectUri\s*=\s*'https://", Manifest);
            Assert.Matches(@"LicenseUri\s*=\s*'https://", Manifest);
            Assert.EndsWith("/LICENSE", Value("LicenseUri"));
            Assert.Contains("MIT License", File.ReadAllText(RepoFiles.Combine("LICENSE")));
            Assert.Matches(@"ReleaseNotes\s*=", Manifest);
            Assert.DoesNotMatch(@"RequiredAssemblies|NestedModules", Manifest);
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
