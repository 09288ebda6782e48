using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace GenesysCalls.Cmdlets.Loading
{
    /// <summary>The assemblies the default context serves by name (.NET's trusted platform list: the runtime and PowerShell's own).</summary>
    internal static class PlatformAssemblies
    {
        private static readonly Lazy<Dictionary<string, string>> Paths = new Lazy<Dictionary<string, string>>(ReadPaths);

        /// <summary>The version the platform carries under <paramref name="name"/>, or null when it has none.</summary>
        public static Version? Version(string name) =>
            Paths.Value.TryGetValue(name, out var path) ? AssemblyName.GetAssemblyName(path).Version : null;

        private static Dictionary<string, string> ReadPaths()
        {
            var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
            foreach (var path in list.Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries))
            {
                paths[Path.GetFileNameWithoutExtension(path)] = path;
            }

            return paths;
        }
    }
}
