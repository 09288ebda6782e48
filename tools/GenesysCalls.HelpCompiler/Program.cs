using System.Text;

namespace GenesysCalls.HelpCompiler;

/// <summary>
/// Usage: HelpCompiler --assembly GenesysCalls.dll --automation System.Management.Automation.dll --source en-US --out out/GenesysCalls/en-US
/// Checks every cmdlet's help source, then writes GenesysCalls.dll-Help.xml and copies the about_ topics. Exit 1 lists what is missing.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal) && x.i + 1 < args.Length)
            .ToDictionary(x => x.a[2..], x => args[x.i + 1], StringComparer.OrdinalIgnoreCase);
        if (!options.TryGetValue("assembly", out var assembly) || !options.TryGetValue("automation", out var automation)
            || !options.TryGetValue("source", out var source) || !options.TryGetValue("out", out var output))
        {
            Console.Error.WriteLine("Usage: HelpCompiler --assembly <cmdlets.dll> --automation <System.Management.Automation.dll> --source <en-US> --out <folder>");
            return 2;
        }

        var result = Compile(assembly, automation, source, output);
        foreach (var problem in result) Console.Error.WriteLine("help: " + problem);
        return result.Count == 0 ? 0 : 1;
    }

    public static IReadOnlyList<string> Compile(string assembly, string automation, string source, string output)
    {
        var cmdlets = CmdletMetadataReader.Read(assembly, automation);
        var documents = cmdlets.Select(c => (Cmdlet: c, Help: Load(source, c.Name))).ToList();
        var problems = documents.SelectMany(d => HelpChecker.Problems(d.Cmdlet, d.Help)).ToList();
        if (problems.Count > 0) return problems;

        Directory.CreateDirectory(output);
        var maml = MamlWriter.Write(documents.Select(d => (d.Cmdlet, d.Help!)));
        var file = Path.Combine(output, Path.GetFileName(assembly) + "-Help.xml");
        using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            maml.Save(writer);
        }

        foreach (var about in Directory.GetFiles(source, "about_*.help.txt"))
        {
            File.Copy(about, Path.Combine(output, Path.GetFileName(about)), overwrite: true);
        }

        return problems;
    }

    public static HelpDocument? Load(string source, string cmdletName)
    {
        var path = Path.Combine(source, cmdletName + ".md");
        return File.Exists(path) ? HelpDocument.Parse(File.ReadAllText(path)) : null;
    }
}
