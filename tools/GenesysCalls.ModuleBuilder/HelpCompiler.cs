using System.Text;

namespace GenesysCalls.ModuleBuilder;

/// <summary>Checks every cmdlet's help source against its metadata, then writes &lt;Assembly&gt;.dll-Help.xml and the about_ topics, with the
/// error lists written from the problem table (ErrorLists).</summary>
public static class HelpCompiler
{
    /// <summary>What is missing from the help sources; nothing is written unless this is empty.</summary>
    public static IReadOnlyList<string> Compile(string assembly, string automation, string source, string output)
    {
        var cmdlets = CmdletMetadataReader.Read(assembly, automation);
        var documents = cmdlets.Select(c => (Cmdlet: c, Help: Load(source, c.Name))).ToList();
        var problems = documents.SelectMany(d => HelpChecker.Problems(d.Cmdlet, d.Help)).ToList();
        var abouts = Directory.GetFiles(source, "about_*.help.txt").Select(f => (Path: f, Text: File.ReadAllText(f))).ToList();
        problems.AddRange(ErrorProblems(cmdlets, source, abouts));
        if (problems.Count > 0) return problems;

        Directory.CreateDirectory(output);
        var maml = MamlWriter.Write(documents.Select(d => (d.Cmdlet, d.Help!)));
        var file = Path.Combine(output, Path.GetFileName(assembly) + "-Help.xml");
        using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            maml.Save(writer);
        }

        foreach (var (path, text) in abouts)
        {
            File.WriteAllText(Path.Combine(output, Path.GetFileName(path)), ErrorLists.FillAbout(text) ?? text, new UTF8Encoding(false));
        }

        return problems;
    }

    /// <summary>The problem table against the cmdlets and the hand-written help: every cmdlet it names exists, no id in the prose is
    /// missing from it, and about_GenesysCalls has the place for its list.</summary>
    private static IEnumerable<string> ErrorProblems(IReadOnlyList<CmdletInfo> cmdlets, string source, List<(string Path, string Text)> abouts)
    {
        foreach (var name in ErrorLists.Cmdlets().Where(n => cmdlets.All(c => c.Name != n)))
        {
            yield return "the problem table names " + name + ", which is not a cmdlet of the module";
        }

        var pages = Directory.GetFiles(source, "*.md").Select(f => (Path: f, Text: File.ReadAllText(f))).Concat(abouts);
        foreach (var (path, text) in pages)
        {
            foreach (var id in ErrorLists.Unknown(text).Distinct())
            {
                yield return Path.GetFileName(path) + " names " + id + ", which the problem table (Core/Commands/Problems) does not hold for "
                    + "that cmdlet";
            }
        }

        if (abouts.Any(a => Path.GetFileName(a.Path) == "about_GenesysCalls.help.txt" && ErrorLists.FillAbout(a.Text) == null))
        {
            yield return "about_GenesysCalls.help.txt has no line '" + ErrorLists.Marker.Trim() + "' for the ERROR IDS list";
        }
    }

    public static HelpDocument? Load(string source, string cmdletName)
    {
        var path = Path.Combine(source, cmdletName + ".md");
        return File.Exists(path) ? HelpDocument.Parse(File.ReadAllText(path)) : null;
    }
}
