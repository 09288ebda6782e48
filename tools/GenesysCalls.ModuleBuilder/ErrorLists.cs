using System.Text;
using System.Text.RegularExpressions;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.ModuleBuilder;

/// <summary>
/// The help's error lists, written from the problem table (Core/Commands/Problems): the ERROR IDS list of about_GenesysCalls (at
/// <see cref="Marker"/>) and each cmdlet page's list in its NOTES. Ids named in the hand-written prose must be in the table too.
/// </summary>
public static class ErrorLists
{
    /// <summary>The line of about_GenesysCalls.help.txt the generated list replaces.</summary>
    public const string Marker = "    {{ error ids: written from the problem table when the module is built }}";

    private const int Width = 78;
    private const int CmdletColumn = 8;
    private const int ProblemColumn = 32;

    /// <summary>The ids <paramref name="cmdlet"/> (Verb-Noun) may raise, sorted.</summary>
    public static IReadOnlyList<string> Ids(string cmdlet) => Problems.For(cmdlet).Select(p => p.IdFor(cmdlet)).Distinct().ToList();

    /// <summary>Every cmdlet some problem names, sorted.</summary>
    public static IReadOnlyList<string> Cmdlets() =>
        Problems.All.SelectMany(p => p.RaisedBy).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(c => c, StringComparer.Ordinal).ToList();

    /// <summary>about_GenesysCalls with the marker replaced by the list; null when the marker is missing.</summary>
    public static string? FillAbout(string about)
    {
        var newline = about.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = about.Split(newline).ToList();
        var at = lines.IndexOf(Marker);
        if (at < 0) return null;
        lines.RemoveAt(at);
        lines.InsertRange(at, AboutLines());
        return string.Join(newline, lines);
    }

    /// <summary>Each cmdlet's problems on one wrapped line after its id prefix, then what each problem means.</summary>
    public static IEnumerable<string> AboutLines()
    {
        yield return "    By cmdlet (the id is the cmdlet's name without its hyphen, then the problem):";
        foreach (var cmdlet in Cmdlets())
        {
            var prefix = new string(' ', CmdletColumn) + cmdlet.Replace("-", string.Empty);
            foreach (var line in Wrap(prefix, Problems.For(cmdlet).Select(p => p.Name).Distinct(), ProblemColumn)) yield return line;
        }

        yield return string.Empty;
        yield return "    What each problem means (its category in brackets):";
        var families = new[] { Problems.ReadinessCheck, Problems.Progress };
        var inFamily = new HashSet<Problem>(families.SelectMany(f => f.All));
        foreach (var family in families)
        {
            var words = (family.Step + "the problem of that name, below.").Split(' ');
            foreach (var line in Wrap(new string(' ', CmdletColumn) + family.Prefix + "<Problem>", words, ProblemColumn)) yield return line;
        }

        foreach (var problem in Problems.All.Where(p => !inFamily.Contains(p)).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var only = Problems.All.Count(p => p.Name == problem.Name) > 1 ? " For " + string.Join(", ", problem.RaisedBy) + "." : string.Empty;
            var words = ("[" + problem.Kind + "] " + problem.Meaning + only).Split(' ');
            foreach (var line in Wrap(new string(' ', CmdletColumn) + problem.Name, words, ProblemColumn)) yield return line;
        }
    }

    /// <summary>The paragraphs a cmdlet page's NOTES end with.</summary>
    public static IEnumerable<string> NoteParagraphs(string cmdlet)
    {
        var problems = Problems.For(cmdlet);
        if (problems.Count == 0) yield break;
        yield return "Errors: each error's FullyQualifiedErrorId starts with one of these ids (its category in brackets); "
            + "about_GenesysCalls (ERROR IDS) lists every cmdlet's.";
        foreach (var problem in problems) yield return problem.IdFor(cmdlet) + " [" + problem.Kind + "]: " + problem.Meaning;
    }

    /// <summary>Ids named in hand-written help text that the table does not hold for that cmdlet (a stale or mistyped name).</summary>
    public static IEnumerable<string> Unknown(string text)
    {
        var prefixes = Cmdlets().Select(c => (Cmdlet: c, Prefix: c.Replace("-", string.Empty))).OrderByDescending(c => c.Prefix.Length).ToList();
        var pattern = new Regex(@"\b(" + string.Join("|", prefixes.Select(p => p.Prefix)) + @")([A-Z]\w*)\b(?!<)");
        foreach (Match match in pattern.Matches(text))
        {
            if (match.Groups[2].Value == "Command") continue;
            var cmdlet = prefixes.First(p => p.Prefix == match.Groups[1].Value).Cmdlet;
            if (!Ids(cmdlet).Contains(match.Value)) yield return match.Value;
        }
    }

    private static IEnumerable<string> Wrap(string head, IEnumerable<string> words, int column)
    {
        var line = new StringBuilder(head);
        var first = true;
        foreach (var word in words)
        {
            var start = first ? Math.Max(column, line.Length + 1) : line.Length + 1;
            if (!first && start + word.Length > Width)
            {
                yield return line.ToString();
                line.Clear();
                start = column;
            }

            line.Append(' ', start - line.Length).Append(word);
            first = false;
        }

        yield return line.ToString();
    }
}
