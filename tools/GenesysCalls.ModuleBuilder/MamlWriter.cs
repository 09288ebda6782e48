using System.Xml.Linq;

namespace GenesysCalls.ModuleBuilder;

/// <summary>Writes &lt;Assembly&gt;.dll-Help.xml (MAML) from the help sources and the cmdlets' own metadata (syntax, types, pipeline).</summary>
public static class MamlWriter
{
    private static readonly XNamespace Msh = "http://msh";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    public static XDocument Write(IEnumerable<(CmdletInfo Cmdlet, HelpDocument Help)> items) =>
        new(new XDeclaration("1.0", "utf-8", null),
            new XElement(Msh + "helpItems", new XAttribute("schema", "maml"),
                items.Select(i => CommandElement(i.Cmdlet, i.Help))));

    /// <summary>PowerShell adds these to a cmdlet that supports ShouldProcess; Get-Help shows them only if the MAML has them.</summary>
    private static readonly (string Name, string Text)[] ShouldProcessParameters =
    {
        ("WhatIf", "Shows what would happen if the cmdlet ran, after every check a real run makes. Nothing is changed."),
        ("Confirm", "Asks for confirmation before each change."),
    };

    private static XElement CommandElement(CmdletInfo cmdlet, HelpDocument help)
    {
        var visible = cmdlet.Parameters.Where(p => !p.DontShow).ToList();
        if (cmdlet.SupportsShouldProcess)
        {
            foreach (var (name, _) in ShouldProcessParameters)
            {
                visible.Add(new ParameterInfo(name, "System.Management.Automation.SwitchParameter", true, new List<string>(),
                    new List<ParameterSetInfo> { new ParameterSetInfo(ParameterSetInfo.AllSets, false, null, false, false) }, false));
            }
        }
        return new XElement(Command + "command",
            new XAttribute(XNamespace.Xmlns + "maml", Maml), new XAttribute(XNamespace.Xmlns + "command", Command), new XAttribute(XNamespace.Xmlns + "dev", Dev),
            new XElement(Command + "details",
                new XElement(Command + "name", cmdlet.Name),
                new XElement(Maml + "description", Para(help.Synopsis)),
                new XElement(Command + "verb", cmdlet.Verb),
                new XElement(Command + "noun", cmdlet.Noun)),
            new XElement(Maml + "description", Paras(help.Description)),
            new XElement(Command + "syntax", SetNames(cmdlet).Select(set => SyntaxItem(cmdlet, visible, set))),
            new XElement(Command + "parameters", visible.Select(p => ParameterElement(p, help, null))),
            new XElement(Command + "inputTypes", help.Inputs.Select(i => new XElement(Command + "inputType", TypeElement(i.Type), new XElement(Maml + "description", Paras(i.Text))))),
            new XElement(Command + "returnValues", help.Outputs.Select(o => new XElement(Command + "returnValue", TypeElement(o.Type), new XElement(Maml + "description", Paras(o.Text))))),
            new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paras(help.Notes.Concat(ErrorLists.NoteParagraphs(cmdlet.Name))))),
            new XElement(Command + "examples", help.Examples.Select((e, i) => new XElement(Command + "example",
                new XElement(Maml + "title", "-------------------------- " + e.Title + " --------------------------"),
                new XElement(Dev + "code", string.Join("\n", e.Code)),
                new XElement(Dev + "remarks", Paras(e.Remarks))))),
            new XElement(Command + "relatedLinks", help.RelatedLinks.Select(l => new XElement(Maml + "navigationLink",
                new XElement(Maml + "linkText", l.StartsWith("http", StringComparison.Ordinal) ? "Online" : l),
                new XElement(Maml + "uri", l.StartsWith("http", StringComparison.Ordinal) ? l : "")))));
    }

    /// <summary>Every set, the default first; a default set that only the shared parameters make up gets its syntax line too.</summary>
    private static IEnumerable<string> SetNames(CmdletInfo cmdlet)
    {
        var sets = cmdlet.ParameterSetNames.ToList();
        if (sets.Count == 0) return new[] { ParameterSetInfo.AllSets };
        if (cmdlet.DefaultParameterSetName != null && !sets.Contains(cmdlet.DefaultParameterSetName)) sets.Add(cmdlet.DefaultParameterSetName);
        return sets.OrderBy(s => s == cmdlet.DefaultParameterSetName ? 0 : 1);
    }

    private static XElement SyntaxItem(CmdletInfo cmdlet, List<ParameterInfo> visible, string set) =>
        new(Command + "syntaxItem",
            new XElement(Maml + "name", cmdlet.Name),
            visible.Where(p => p.Sets.Any(s => s.Name == set || s.Name == ParameterSetInfo.AllSets))
                .OrderBy(p => p.Sets.First(s => s.Name == set || s.Name == ParameterSetInfo.AllSets).Position ?? int.MaxValue)
                .Select(p => ParameterElement(p, null, set)));

    private static XElement ParameterElement(ParameterInfo parameter, HelpDocument? help, string? set)
    {
        var metadata = parameter.Sets.FirstOrDefault(s => s.Name == set) ?? parameter.Sets.FirstOrDefault(s => s.Name == ParameterSetInfo.AllSets) ?? parameter.Sets[0];
        var pipeline = metadata.ValueFromPipeline && metadata.ValueFromPipelineByPropertyName ? "True (ByValue, ByPropertyName)"
            : metadata.ValueFromPipeline ? "True (ByValue)" : metadata.ValueFromPipelineByPropertyName ? "True (ByPropertyName)" : "False";
        var element = new XElement(Command + "parameter",
            new XAttribute("required", help == null ? metadata.Mandatory : parameter.Sets.Any(s => s.Mandatory)),
            new XAttribute("variableLength", "true"),
            new XAttribute("globbing", "false"),
            new XAttribute("pipelineInput", pipeline),
            new XAttribute("position", metadata.Position?.ToString() ?? "named"),
            new XAttribute("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases)),
            new XElement(Maml + "name", parameter.Name));
        if (help != null) element.Add(new XElement(Maml + "description", Paras(help.Parameters.GetValueOrDefault(parameter.Name)
            ?? ShouldProcessParameters.Where(c => c.Name == parameter.Name).Select(c => c.Text).ToList())));
        if (!parameter.IsSwitch) element.Add(new XElement(Command + "parameterValue", new XAttribute("required", "true"), ShortType(parameter.TypeName)));
        if (help != null) element.Add(TypeElement(parameter.TypeName));
        return element;
    }

    private static XElement TypeElement(string typeName) => new(Dev + "type", new XElement(Maml + "name", typeName));

    private static string ShortType(string typeName)
    {
        var name = typeName[(typeName.LastIndexOf('.') + 1)..];
        return name.Replace("`1", "");
    }

    private static XElement Para(string text) => new(Maml + "para", text);

    private static IEnumerable<XElement> Paras(IEnumerable<string> paragraphs) => paragraphs.Where(p => p.Length > 0).Select(Para);
}
