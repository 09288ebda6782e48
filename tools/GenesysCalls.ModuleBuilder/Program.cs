using System.Reflection;
using System.Text;

namespace GenesysCalls.ModuleBuilder;

/// <summary>
/// Usage: ModuleBuilder --publish &lt;cmdlet project publish folder&gt; --out &lt;out/GenesysCalls&gt; --repo &lt;repository root&gt;
/// Lays out the importable module (build.ps1 -Task Build runs it): files, stamped manifest, compiled help.
/// Exit 1 lists what is wrong.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal) && x.i + 1 < args.Length)
            .ToDictionary(x => x.a[2..], x => args[x.i + 1], StringComparer.OrdinalIgnoreCase);
        if (!options.TryGetValue("publish", out var publish) || !options.TryGetValue("out", out var output) || !options.TryGetValue("repo", out var repo))
        {
            Console.Error.WriteLine("Usage: ModuleBuilder --publish <cmdlet project publish folder> --out <module folder> --repo <repository root>");
            return 2;
        }

        try
        {
            var problems = Build(publish, output, repo);
            foreach (var problem in problems) Console.Error.WriteLine("help: " + problem);
            if (problems.Count > 0) return 1;
            Console.WriteLine("Built GenesysCalls " + ModuleManifest.Version(Path.Combine(repo, "Directory.Build.props")) + " at " + Path.GetFullPath(output));
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException || ex is IOException)
        {
            Console.Error.WriteLine("ModuleBuilder: " + ex.Message);
            return 1;
        }
    }

    /// <summary>The System.Management.Automation reference assembly this tool was built with (PowerShellStandard.Library).</summary>
    public static string AutomationReference { get; } =
        typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "AutomationReference").Value!;

    public static IReadOnlyList<string> Build(string publishFolder, string moduleFolder, string repositoryRoot)
    {
        ModuleLayout.Lay(publishFolder, moduleFolder);
        var version = ModuleManifest.Version(Path.Combine(repositoryRoot, "Directory.Build.props"));
        var notes = ModuleManifest.ReleaseNotes(File.ReadAllText(Path.Combine(repositoryRoot, "CHANGELOG.md")), version);
        var manifest = ModuleManifest.Stamp(File.ReadAllText(Path.Combine(repositoryRoot, "GenesysCalls.psd1")), version, notes);
        File.WriteAllText(Path.Combine(moduleFolder, "GenesysCalls.psd1"), manifest, new UTF8Encoding(true));
        return HelpCompiler.Compile(Path.Combine(moduleFolder, "GenesysCalls.dll"), AutomationReference,
            Path.Combine(repositoryRoot, "en-US"), Path.Combine(moduleFolder, "en-US"));
    }
}
