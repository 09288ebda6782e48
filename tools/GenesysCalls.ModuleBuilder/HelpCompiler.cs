using System.Text;

namespace GenesysCalls.ModuleBuilder;

/// <summary>Checks every cmdlet's help source against its metadata, then writes &lt;Assembly&gt;.dll-Help.xml and copies the about_ topics.</summary>
public static class HelpCompiler
{
    /// <summary>What is missing from the help sources; nothing is written unless this is empty.</summary>
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
