using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace GenesysCalls.Cmdlets.Binding
{
    /// <summary>
    /// The columns of a CSV row (a PSCustomObject) that bind to no parameter, each with the parameter it most likely meant
    /// ('Phone Number': PhoneNumber; 'Agent': OnBehalfOf, by its alias AgentId), for the row's error.
    /// </summary>
    internal static class UnboundColumns
    {
        public static string[] Of(PSCmdlet cmdlet, PSObject row)
        {
            if (!(row.BaseObject is PSCustomObject)) return new string[0];
            var parameters = DictionaryRowBinder.RowParameters(cmdlet, null);
            return PipelineProperties.Read(row)
                .Where(pair => !DictionaryRowBinder.IsBlank(pair.Value is PSObject p ? p.BaseObject : pair.Value))
                .Where(pair => DictionaryRowBinder.Named(parameters, pair.Key) == null)
                .Select(pair => Meant(parameters, pair.Key) is { } meant ? "'" + pair.Key + "' (" + meant + "?)" : "'" + pair.Key + "'")
                .ToArray();
        }

        /// <summary>The parameter whose name or alias, letters and digits only, equals the column's or contains it.</summary>
        private static string? Meant(IEnumerable<ParameterMetadata> parameters, string column)
        {
            var key = Fold(column);
            if (key.Length < 3) return null;
            var names = parameters.SelectMany(p => new[] { p.Name }.Concat(p.Aliases).Select(name => (Parameter: p.Name, Folded: Fold(name))))
                .ToList();
            return names.FirstOrDefault(n => n.Folded == key).Parameter ?? names.FirstOrDefault(n => n.Folded.Contains(key)).Parameter;
        }

        private static string Fold(string text) => new string(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
    }
}
