using System;
using System.Collections.Generic;
using System.Linq;

namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// One entry of the problem table (<see cref="Problems"/>): what the core raises instead of an id. The host prefixes the running
    /// cmdlet's name, so the id a script catches is &lt;Cmdlet&gt;&lt;Name&gt; and the cmdlet name has one source.
    /// </summary>
    internal sealed class Problem
    {
        internal Problem(string name, ErrorKind kind, string meaning, IEnumerable<string> raisedBy)
        {
            Name = name;
            Kind = kind;
            Meaning = meaning;
            RaisedBy = raisedBy.ToArray();
        }

        /// <summary>The id's suffix: AgentHasNoStation, ReadinessCheckForbidden.</summary>
        public string Name { get; }

        public ErrorKind Kind { get; }

        /// <summary>One line for the help's error lists.</summary>
        public string Meaning { get; }

        /// <summary>The cmdlets (Verb-Noun) that may raise it; the help lists it for these and no others.</summary>
        public IReadOnlyList<string> RaisedBy { get; }

        /// <summary>The FullyQualifiedErrorId's first part when <paramref name="cmdlet"/> (Verb-Noun, as MyInvocation names it) raises it.</summary>
        public string IdFor(string cmdlet) => cmdlet.Replace("-", string.Empty) + Name;

        public bool IsRaisedBy(string cmdlet) => RaisedBy.Contains(cmdlet, StringComparer.OrdinalIgnoreCase);

        public override string ToString() => Name;
    }
}
