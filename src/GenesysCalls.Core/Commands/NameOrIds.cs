using System.Collections.Generic;

namespace GenesysCalls.Core.Commands
{
    /// <summary>What the Get- and Start-/Stop- commands of campaigns and lists are given: a name (exact or wildcard, null for all) or ids.</summary>
    internal sealed class NameOrIds
    {
        private NameOrIds(string? name, IReadOnlyList<string>? ids)
        {
            Name = name;
            Ids = ids;
        }

        public string? Name { get; }

        /// <summary>The ids, or null when a name was given.</summary>
        public IReadOnlyList<string>? Ids { get; }

        public static NameOrIds ByName(string? name) => new NameOrIds(name, null);

        public static NameOrIds ById(params string[] ids) => new NameOrIds(null, ids);

        public static NameOrIds ById(IReadOnlyList<string> ids) => new NameOrIds(null, ids);
    }
}
