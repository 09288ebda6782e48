using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Contract
{
    /// <summary>Every public type of the core is one PowerShell shows and scripts come to depend on: only Objects/ is promised.</summary>
    public class PublicSurfaceTests
    {
        [Fact]
        public void Core_public_types_are_exactly_those_in_namespace_GenesysCalls()
        {
            var core = typeof(GenesysCalls.CreateCallRequest).Assembly;
            var outside = core.GetExportedTypes().Where(t => t.Namespace != "GenesysCalls").Select(t => t.FullName).ToList();
            Assert.Empty(outside);
            Assert.Contains(core.GetExportedTypes(), t => t.Name == "OutboundCall");
        }

        [Fact]
        public void Objects_folder_is_namespace_GenesysCalls_and_nothing_else_is()
        {
            var core = RepoFiles.Combine("src", "GenesysCalls.Core");
            foreach (var file in Directory.GetFiles(core, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/") && !f.Contains("/bin/")))
            {
                var inObjects = Path.GetFileName(Path.GetDirectoryName(file)) == "Objects";
                var declaresRoot = File.ReadLines(file).Any(l => l.Trim() == "namespace GenesysCalls" || l.Trim() == "namespace GenesysCalls;");
                Assert.True(inObjects == declaresRoot, file + (inObjects ? " is in Objects/ but not in namespace GenesysCalls" : " is in namespace GenesysCalls outside Objects/"));
            }
        }
    }
}
