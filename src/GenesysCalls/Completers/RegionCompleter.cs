using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace GenesysCalls.Cmdlets.Completers
{
    /// <summary>Tab completion for -Region: region names, matched on the name or the domain.</summary>
    public sealed class RegionCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var word = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return GenesysRegion.All
                .Where(r => r.Name.StartsWith(word, System.StringComparison.OrdinalIgnoreCase) || r.Domain.StartsWith(word, System.StringComparison.OrdinalIgnoreCase))
                .Select(r => new CompletionResult(r.Name, r.Name, CompletionResultType.ParameterValue, r.Name + " (" + r.ApiHost + ")"));
        }
    }
}
