using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Presence;

namespace GenesysCalls.Cmdlets.Completers
{
    /// <summary>Completion from a fixed list; an entry matches on its value or on one other spelling of it.</summary>
    public abstract class ListCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst,
            IDictionary fakeBoundParameters)
        {
            var word = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return Items()
                .Where(i => i.Value.StartsWith(word, StringComparison.OrdinalIgnoreCase) || i.OtherSpelling.StartsWith(word,
                    StringComparison.OrdinalIgnoreCase))
                .Select(i => new CompletionResult(i.Value, i.Value, CompletionResultType.ParameterValue, i.Tooltip));
        }

        protected abstract IEnumerable<(string Value, string OtherSpelling, string Tooltip)> Items();
    }

    /// <summary>-Region: region names, also found by their domain (mypurecloud.ie).</summary>
    public sealed class RegionCompleter : ListCompleter
    {
        protected override IEnumerable<(string Value, string OtherSpelling, string Tooltip)> Items() =>
            GenesysRegion.All.Select(r => (r.Name, r.Domain, r.Name + " (" + r.ApiHost + ")"));
    }

    /// <summary>-ReadyPresence: the ten system presences, also found by their label (On Queue).</summary>
    public sealed class PresenceCompleter : ListCompleter
    {
        protected override IEnumerable<(string Value, string OtherSpelling, string Tooltip)> Items() =>
            SystemPresences.All.Select(p => (p, SystemPresences.Label(p), SystemPresences.Label(p)));
    }
}
