using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using GenesysCalls.Core.Completion;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Cmdlets.Completers
{
    /// <summary>Completions from the org of -Session (when already typed) or of the current session.</summary>
    public abstract class OrgCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst,
            IDictionary fakeBoundParameters)
        {
            var session = (fakeBoundParameters?["Session"] is PSObject wrapped ? wrapped.BaseObject
                : fakeBoundParameters?["Session"]) as GenesysSession ?? SessionRegistry.Process.Current;
            if (session == null) return Enumerable.Empty<CompletionResult>();
            var word = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return Read(session, word).Select(item => new CompletionResult(Quote(item.Value), item.Display, CompletionResultType.ParameterValue,
                item.Display));
        }

        private protected abstract IReadOnlyList<CompletionItem> Read(GenesysSession session, string word);

        private static string Quote(string value) => value.IndexOfAny(new[] { ' ', '\'', '"', '$', '`' }) >= 0 ? "'" + value.Replace("'", "''")
            + "'" : value;
    }

    /// <summary>Queue ids, listed by queue name.</summary>
    public sealed class QueueCompleter : OrgCompleter
    {
        private protected override IReadOnlyList<CompletionItem> Read(GenesysSession session, string word) =>
            OrgCompletions.Queues(session, word);
    }

    /// <summary>User emails.</summary>
    public sealed class EmailCompleter : OrgCompleter
    {
        private protected override IReadOnlyList<CompletionItem> Read(GenesysSession session, string word) =>
            OrgCompletions.Emails(session, word);
    }

    /// <summary>User ids, listed by name and email.</summary>
    public sealed class UserIdCompleter : OrgCompleter
    {
        private protected override IReadOnlyList<CompletionItem> Read(GenesysSession session, string word) =>
            OrgCompletions.UserIds(session, word);
    }

    /// <summary>Conversation ids of the calls this session placed lately, newest first (nothing is requested).</summary>
    public sealed class ConversationIdCompleter : OrgCompleter
    {
        private protected override IReadOnlyList<CompletionItem> Read(GenesysSession session, string word) =>
            OrgCompletions.PlacedCalls(session, word);
    }
}
