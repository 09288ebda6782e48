namespace GenesysCalls.ModuleBuilder;

/// <summary>
/// Where each published file goes in the importable module: our own assemblies and the format file at the root (so
/// PowerShell resolves [GenesysCalls.*] type names), every third-party assembly in Dependencies/, which
/// src/GenesysCalls/Loading serves privately so other modules' MSAL or System.Text.Json cannot clash with ours.
/// </summary>
public static class ModuleLayout
{
    public const string DependencyFolder = "Dependencies";

    public static readonly IReadOnlyList<string> RootFiles = new[] { "GenesysCalls.dll", "GenesysCalls.Core.dll", "GenesysCalls.format.ps1xml" };

    /// <summary>PowerShell's own assembly: compiled against, never shipped (the host provides it).</summary>
    private const string HostAssembly = "System.Management.Automation.dll";

    public static void Lay(string publishFolder, string moduleFolder)
    {
        if (File.Exists(Path.Combine(publishFolder, HostAssembly)))
        {
            throw new InvalidOperationException(HostAssembly + " was published; PowerShellStandard.Library must be referenced with ExcludeAssets=runtime.");
        }

        if (Directory.Exists(moduleFolder)) Directory.Delete(moduleFolder, recursive: true);
        var dependencies = Directory.CreateDirectory(Path.Combine(moduleFolder, DependencyFolder));
        foreach (var file in RootFiles)
        {
            File.Copy(Path.Combine(publishFolder, file), Path.Combine(moduleFolder, file));
        }

        foreach (var assembly in Directory.GetFiles(publishFolder, "*.dll").Where(f => !RootFiles.Contains(Path.GetFileName(f))))
        {
            File.Copy(assembly, Path.Combine(dependencies.FullName, Path.GetFileName(assembly)));
        }
    }
}
