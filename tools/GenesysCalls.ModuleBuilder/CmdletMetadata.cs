namespace GenesysCalls.ModuleBuilder;

public sealed record CmdletInfo(
    string TypeName,
    string Verb,
    string Noun,
    string? DefaultParameterSetName,
    bool SupportsShouldProcess,
    string? ConfirmImpact,
    IReadOnlyList<string> OutputTypes,
    IReadOnlyList<ParameterInfo> Parameters)
{
    public string Name => Verb + "-" + Noun;

    public IReadOnlyList<string> ParameterSetNames =>
        Parameters.SelectMany(p => p.Sets).Select(s => s.Name).Where(n => n != ParameterSetInfo.AllSets).Distinct().ToList();
}

public sealed record ParameterInfo(string Name, string TypeName, bool IsSwitch, IReadOnlyList<string> Aliases, IReadOnlyList<ParameterSetInfo> Sets, bool DontShow);

public sealed record ParameterSetInfo(string Name, bool Mandatory, int? Position, bool ValueFromPipeline, bool ValueFromPipelineByPropertyName)
{
    public const string AllSets = "__AllParameterSets";
}
