namespace GenesysCalls.ModuleBuilder;

/// <summary>What a help source must have: synopsis, description, every visible parameter, inputs, outputs, three examples.</summary>
public static class HelpChecker
{
    public const int MinimumExamples = 3;

    public static IReadOnlyList<string> Problems(CmdletInfo cmdlet, HelpDocument? help)
    {
        if (help == null) return new[] { cmdlet.Name + ": no help source en-US/" + cmdlet.Name + ".md" };
        var problems = new List<string>();
        if (help.Name != cmdlet.Name) problems.Add(cmdlet.Name + ": the title is '" + help.Name + "'");
        if (help.Synopsis.Length == 0) problems.Add(cmdlet.Name + ": no SYNOPSIS");
        if (!help.Description.Any(p => p.Length > 0)) problems.Add(cmdlet.Name + ": no DESCRIPTION");
        if (help.Examples.Count < MinimumExamples) problems.Add(cmdlet.Name + ": " + help.Examples.Count + " examples, at least " + MinimumExamples + " needed");
        problems.AddRange(help.Examples.Where(e => e.Code.All(l => l.Trim().Length == 0)).Select(e => cmdlet.Name + ": example '" + e.Title + "' has no code"));
        foreach (var parameter in cmdlet.Parameters.Where(p => !p.DontShow))
        {
            if (!help.Parameters.TryGetValue(parameter.Name, out var text) || !text.Any(t => t.Length > 0))
            {
                problems.Add(cmdlet.Name + ": parameter -" + parameter.Name + " is not described");
            }
        }

        problems.AddRange(help.Parameters.Keys.Where(k => cmdlet.Parameters.All(p => !p.Name.Equals(k, StringComparison.OrdinalIgnoreCase)))
            .Select(k => cmdlet.Name + ": help describes -" + k + ", which the cmdlet does not have"));
        if (help.Inputs.Count == 0) problems.Add(cmdlet.Name + ": no INPUTS");
        if (help.Outputs.Count == 0) problems.Add(cmdlet.Name + ": no OUTPUTS");
        if (help.RelatedLinks.Count == 0) problems.Add(cmdlet.Name + ": no RELATED LINKS");
        return problems;
    }
}
