using System.Reflection;
using GenesysCalls.Core.Rows;

namespace GenesysCalls.ModuleBuilder;

/// <summary>
/// Reads cmdlet classes as metadata only (CustomAttributeData in a MetadataLoadContext): PowerShellStandard.Library
/// is a reference assembly whose attributes cannot be instantiated here, and nothing of the module runs.
/// </summary>
public static class CmdletMetadataReader
{
    private const string Sma = "System.Management.Automation.";

    public static IReadOnlyList<CmdletInfo> Read(string cmdletAssemblyPath, string automationReferencePath)
    {
        using var context = Open(cmdletAssemblyPath, automationReferencePath);
        var assembly = context.LoadFromAssemblyPath(cmdletAssemblyPath);
        return assembly.GetTypes()
            .Select(type => (type, attribute: type.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.FullName == Sma + "CmdletAttribute")))
            .Where(x => x.attribute != null)
            .Select(x => ToCmdlet(x.type, x.attribute!))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The assembly names a compiled assembly references (for isolation checks).</summary>
    public static IReadOnlyList<string> References(string assemblyPath, string automationReferencePath)
    {
        using var context = Open(assemblyPath, automationReferencePath);
        return context.LoadFromAssemblyPath(assemblyPath).GetReferencedAssemblies().Select(a => a.Name!).ToList();
    }

    /// <summary>The names an enum of the reference assembly defines (ErrorCategory, for instance).</summary>
    public static IReadOnlyList<string> EnumNames(string assemblyPath, string automationReferencePath, string enumTypeName)
    {
        using var context = Open(assemblyPath, automationReferencePath);
        var sma = context.LoadFromAssemblyPath(automationReferencePath);
        return sma.GetType(enumTypeName, throwOnError: true)!.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name).ToList();
    }

    private static MetadataLoadContext Open(string assemblyPath, string automationReferencePath)
    {
        var runtime = Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll");
        var beside = Directory.GetFiles(Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!, "*.dll")
            .Where(p => !Path.GetFileName(p).Equals("System.Management.Automation.dll", StringComparison.OrdinalIgnoreCase));
        var paths = beside.Concat(runtime).Append(automationReferencePath)
            .GroupBy(p => Path.GetFileName(p), StringComparer.OrdinalIgnoreCase).Select(g => g.First());
        return new MetadataLoadContext(new PathAssemblyResolver(paths), "System.Private.CoreLib");
    }

    private static CmdletInfo ToCmdlet(Type type, CustomAttributeData cmdlet)
    {
        var named = cmdlet.NamedArguments.ToDictionary(a => a.MemberName, a => a.TypedValue.Value);
        var outputs = type.GetCustomAttributesData()
            .Where(a => a.AttributeType.FullName == Sma + "OutputTypeAttribute")
            .SelectMany(a => a.ConstructorArguments.SelectMany(Flatten))
            .Select(v => v is Type t ? t.FullName! : v?.ToString() ?? "")
            .Distinct()
            .ToList();
        var parameters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(ToParameter)
            .OfType<ParameterInfo>()
            .ToList();
        var name = (string)cmdlet.ConstructorArguments[0].Value! + "-" + (string)cmdlet.ConstructorArguments[1].Value!;
        if (RowTables.All.FirstOrDefault(t => t.Cmdlet == name) is { } table) parameters = parameters.Select(p => FromRows(p, table)).ToList();
        return new CmdletInfo(type.FullName!, (string)cmdlet.ConstructorArguments[0].Value!, (string)cmdlet.ConstructorArguments[1].Value!,
            named.GetValueOrDefault("DefaultParameterSetName") as string,
            named.GetValueOrDefault("SupportsShouldProcess") is true,
            named.TryGetValue("ConfirmImpact", out var impact) ? ((int)impact! switch { 0 => "None", 1 => "Low", 2 => "Medium", _ => "High" }) : null,
            outputs, parameters);
    }

    private static ParameterInfo? ToParameter(PropertyInfo property)
    {
        var attributes = property.GetCustomAttributesData();
        var sets = attributes.Where(a => a.AttributeType.FullName == Sma + "ParameterAttribute").Select(a =>
        {
            var n = a.NamedArguments.ToDictionary(x => x.MemberName, x => x.TypedValue.Value);
            return new ParameterSetInfo(
                n.GetValueOrDefault("ParameterSetName") as string ?? ParameterSetInfo.AllSets,
                n.GetValueOrDefault("Mandatory") is true,
                n.TryGetValue("Position", out var position) && position is int p && p >= 0 ? p : null,
                n.GetValueOrDefault("ValueFromPipeline") is true,
                n.GetValueOrDefault("ValueFromPipelineByPropertyName") is true);
        }).ToList();
        if (sets.Count == 0) return null;
        var dontShow = attributes.Where(a => a.AttributeType.FullName == Sma + "ParameterAttribute")
            .Any(a => a.NamedArguments.Any(x => x.MemberName == "DontShow" && x.TypedValue.Value is true));
        var aliases = attributes.Where(a => a.AttributeType.FullName == Sma + "AliasAttribute")
            .SelectMany(a => a.ConstructorArguments.SelectMany(Flatten)).Select(v => (string)v!).ToList();
        // Types come from a MetadataLoadContext, so Nullable.GetUnderlyingType (which compares with this runtime's Nullable<>) cannot see them.
        var type = property.PropertyType is { IsGenericType: true } generic && generic.GetGenericTypeDefinition().FullName == "System.Nullable`1"
            ? generic.GetGenericArguments()[0]
            : property.PropertyType;
        return new ParameterInfo(property.Name, type.FullName!, type.FullName == Sma + "SwitchParameter", aliases, sets, dontShow);
    }

    /// <summary>
    /// Rows are read by the core's row reader, not PowerShell's binder, so a parameter a row column (or a piped value) gives
    /// is named by the cmdlet's field table: that is what Get-Help's "Accept pipeline input" says.
    /// </summary>
    private static ParameterInfo FromRows(ParameterInfo parameter, RowTable table)
    {
        var field = table.Fields.FirstOrDefault(f => f.Parameter == parameter.Name);
        if (field == null) return parameter;
        return parameter with
        {
            Sets = parameter.Sets.Select(s => s with
            {
                ValueFromPipeline = s.ValueFromPipeline || field.ByValue,
                ValueFromPipelineByPropertyName = s.ValueFromPipelineByPropertyName || field.FromColumn,
            }).ToList(),
        };
    }

    private static IEnumerable<object?> Flatten(CustomAttributeTypedArgument argument) =>
        argument.Value is IReadOnlyCollection<CustomAttributeTypedArgument> items ? items.Select(i => i.Value) : new[] { argument.Value };
}
