using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace GenesysCalls.Cmdlets.Completers
{
    /// <summary>Tab completion for -ReadyPresence: the ten system presences.</summary>
    public sealed class PresenceCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var word = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return SystemPresences.All
                .Where(p => p.StartsWith(word, System.StringComparison.OrdinalIgnoreCase))
                .Select(p => new CompletionResult(p, p, CompletionResultType.ParameterValue, SystemPresences.Label(p)));
        }
    }
}
