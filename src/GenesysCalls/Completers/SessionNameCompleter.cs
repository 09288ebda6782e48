using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Cmdlets.Completers
{
    /// <summary>-Session and Get-GenesysSession -Name: the names of this process's sessions.</summary>
    public sealed class SessionNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst,
            IDictionary fakeBoundParameters)
        {
            var word = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return SessionRegistry.Process.All
                .Where(s => s.Name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                .Select(s => new CompletionResult(Quote(s.Name), s.Name, CompletionResultType.ParameterValue, s.ToString()));
        }

        private static string Quote(string name) => name.Any(c => char.IsWhiteSpace(c) || "'\"$`(){};,|&".IndexOf(c) >= 0)
            ? "'" + name.Replace("'", "''") + "'"
            : name;
    }
}
