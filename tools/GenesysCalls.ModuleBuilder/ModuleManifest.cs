using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GenesysCalls.ModuleBuilder;

/// <summary>The built manifest: the source GenesysCalls.psd1 with the version from Directory.Build.props and that version's CHANGELOG section.</summary>
public static class ModuleManifest
{
    public static string Version(string directoryBuildProps) =>
        XDocument.Load(directoryBuildProps).Descendants("Version").Single().Value.Trim();

    /// <summary>The bullet text under "## {version}" in CHANGELOG.md, up to the next heading.</summary>
    public static string ReleaseNotes(string changelog, string version)
    {
        var lines = changelog.Replace("\r\n", "\n").Split('\n');
        var start = Array.FindIndex(lines, l => Regex.IsMatch(l, @"^##\s+" + Regex.Escape(version) + @"(\s|$)"));
        if (start < 0) throw new InvalidOperationException("CHANGELOG.md has no '## " + version + "' section; add one before building " + version + ".");
        var section = lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("#", StringComparison.Ordinal));
        return string.Join("\n", section).Trim();
    }

    public static string Stamp(string manifest, string version, string releaseNotes)
    {
        var stamped = Replace(manifest, "ModuleVersion", version);
        return Replace(stamped, "ReleaseNotes", releaseNotes);
    }

    private static string Replace(string manifest, string key, string value)
    {
        var pattern = new Regex(@"(^\s*" + key + @"\s*=\s*)'(?:[^']|'')*'", RegexOptions.Multiline);
        if (!pattern.IsMatch(manifest)) throw new InvalidOperationException("GenesysCalls.psd1 has no " + key + " = '...' entry to stamp.");
        // PowerShell single-quoted strings escape a quote by doubling it.
        return pattern.Replace(manifest, m => m.Groups[1].Value + "'" + value.Replace("'", "''") + "'", 1);
    }
}
