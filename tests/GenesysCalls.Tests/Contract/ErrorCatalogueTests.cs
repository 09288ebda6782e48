using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Contract
{
    public class ErrorCatalogueTests
    {
        [Theory]
        [InlineData("NewOutboundCallAgentHasNoStation", true)]
        [InlineData("NewOutboundCallReadinessCheckServiceError", true)]
        [InlineData("AddOutboundContactRateLimited", true)]
        [InlineData("NewOutboundCallSomethingElse", false)]
        [InlineData("NoSuchCmdletNotFound", false)]
        public void Reads_the_published_list(string errorId, bool listed) => Assert.Equal(listed, ErrorCatalogue.Lists(errorId));

        [Fact]
        public void Lists_the_cmdlets_own_errors()
        {
            Assert.Contains("ConnectGenesysOrgInvalidAccessToken", ErrorCatalogue.SpecificIds);
            Assert.Contains("WaitOutboundCallTimeout", ErrorCatalogue.SpecificIds);
            Assert.True(ErrorCatalogue.SpecificIds.Count > 50, ErrorCatalogue.SpecificIds.Count + " ids");
        }

        [Fact]
        public void Every_problem_named_in_the_code_is_listed_for_some_cmdlet()
        {
            // Problems written as literals next to an error id in src; each must appear in the list.
            var problems = Directory.GetFiles(RepoFiles.Combine("src"), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains("Emulator") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
                .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f),
                    @"(?:Cmdlet|cmdlet|ErrorPrefix) \+ (?:\(\w+ \? )?""([A-Z]\w+)""").Select(m => m.Groups[1].Value))
                .Distinct().ToList();
            Assert.NotEmpty(problems);
            var listed = ErrorCatalogue.SpecificIds;
            Assert.All(problems.Where(p => p != "ReadinessCheck" && p != "Progress"), p => Assert.Contains(listed, id => id.EndsWith(p, StringComparison.Ordinal)));
        }
    }
}
