using System.Text.RegularExpressions;

namespace GenesysCalls.Emulator;

/// <summary>The outbound listings' name filter: filterType (default Prefix) applied to the name parameter, case-insensitively.</summary>
internal static class NameFilter
{
    public static bool Matches(string name, string pattern, string filterType) => filterType switch
    {
        "Equals" => string.Equals(name, pattern, StringComparison.OrdinalIgnoreCase),
        "Contains" => name.Contains(pattern, StringComparison.OrdinalIgnoreCase),
        "EndsWith" => name.EndsWith(pattern, StringComparison.OrdinalIgnoreCase),
        "RegEx" => Regex.IsMatch(name, pattern, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)),
        _ => name.StartsWith(pattern, StringComparison.OrdinalIgnoreCase),
    };

    public static bool IsKnown(string filterType) => filterType is "Equals" or "RegEx" or "Contains" or "Prefix" or "LessThan" or "LessThanEqualTo"
        or "GreaterThan" or "GreaterThanEqualTo" or "BeginsWith" or "EndsWith";
}
