namespace GenesysCalls.ModuleBuilder;

/// <summary>One cmdlet's help source: en-US/&lt;Verb-Noun&gt;.md, in the platyPS section layout.</summary>
public sealed class HelpDocument
{
    public string Name { get; set; } = "";
    public string Synopsis { get; set; } = "";
    public List<string> Description { get; } = new();
    public List<HelpExample> Examples { get; } = new();
    public Dictionary<string, List<string>> Parameters { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<(string Type, List<string> Text)> Inputs { get; } = new();
    public List<(string Type, List<string> Text)> Outputs { get; } = new();
    public List<string> Notes { get; } = new();
    public List<string> RelatedLinks { get; } = new();

    public static HelpDocument Parse(string markdown)
    {
        var doc = new HelpDocument();
        string? section = null;
        List<string>? paragraphTarget = null;
        HelpExample? example = null;
        var inCode = false;
        foreach (var raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (example != null && line.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
                continue;
            }

            if (inCode)
            {
                example!.Code.Add(line);
                continue;
            }

            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                doc.Name = line[2..].Trim();
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim().ToUpperInvariant();
                example = null;
                paragraphTarget = section switch
                {
                    "DESCRIPTION" => doc.Description,
                    "NOTES" => doc.Notes,
                    _ => null,
                };
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                var title = line[4..].Trim();
                paragraphTarget = new List<string>();
                example = null;
                switch (section)
                {
                    case "EXAMPLES":
                        example = new HelpExample(title);
                        doc.Examples.Add(example);
                        paragraphTarget = example.Remarks;
                        break;
                    case "PARAMETERS":
                        doc.Parameters[title.TrimStart('-')] = paragraphTarget;
                        break;
                    case "INPUTS":
                        doc.Inputs.Add((title, paragraphTarget));
                        break;
                    case "OUTPUTS":
                        doc.Outputs.Add((title, paragraphTarget));
                        break;
                }
            }
            else if (section == "SYNOPSIS")
            {
                doc.Synopsis = (doc.Synopsis + " " + line).Trim();
            }
            else if (section == "RELATED LINKS")
            {
                if (line.TrimStart().StartsWith("- ", StringComparison.Ordinal)) doc.RelatedLinks.Add(line.TrimStart()[2..].Trim());
            }
            else if (paragraphTarget != null)
            {
                AddLine(paragraphTarget, line);
            }
        }

        return doc;
    }

    /// <summary>Consecutive lines form one paragraph; a blank line starts the next.</summary>
    private static void AddLine(List<string> paragraphs, string line)
    {
        if (line.Trim().Length == 0)
        {
            if (paragraphs.Count > 0 && paragraphs[^1].Length > 0) paragraphs.Add("");
            return;
        }

        if (paragraphs.Count == 0 || paragraphs[^1].Length == 0)
        {
            if (paragraphs.Count > 0) paragraphs.RemoveAt(paragraphs.Count - 1);
            paragraphs.Add(line.Trim());
        }
        else
        {
            paragraphs[^1] += " " + line.Trim();
        }
    }
}

public sealed class HelpExample
{
    public HelpExample(string title) => Title = title;

    public string Title { get; }
    public List<string> Code { get; } = new();
    public List<string> Remarks { get; } = new();
}
