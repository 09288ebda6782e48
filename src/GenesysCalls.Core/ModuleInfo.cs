using System.Reflection;

namespace GenesysCalls.Core
{
    internal static class ModuleInfo
    {
        public static string Version { get; } = typeof(ModuleInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    }
}
