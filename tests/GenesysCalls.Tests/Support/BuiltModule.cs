using System.Reflection;
using GenesysCalls.ModuleBuilder;

namespace GenesysCalls.Tests.Support
{
    /// <summary>The built cmdlet assembly, read as metadata, and the PowerShell reference assembly it was compiled against.</summary>
    public static class BuiltModule
    {
        public static string CmdletAssembly { get; } = Metadata("CmdletAssembly");

        public static string AutomationReference => Program.AutomationReference;

        public static string CoreAssembly => Path.Combine(Path.GetDirectoryName(CmdletAssembly)!, "GenesysCalls.Core.dll");

        private static readonly Lazy<IReadOnlyList<CmdletInfo>> LazyCmdlets = new(() => CmdletMetadataReader.Read(CmdletAssembly, AutomationReference));

        public static IReadOnlyList<CmdletInfo> Cmdlets => LazyCmdlets.Value;

        public static CmdletInfo Cmdlet(string name) => Cmdlets.Single(c => c.Name == name);

        private static string Metadata(string key) =>
            typeof(BuiltModule).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
    }
}
