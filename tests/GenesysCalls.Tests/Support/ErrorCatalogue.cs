using System.Text.RegularExpressions;

namespace GenesysCalls.Tests.Support
{
    /// <summary>The ERROR IDS section of about_GenesysCalls, the one list of every error id the module may raise.</summary>
    public static class ErrorCatalogue
    {
        private static readonly Lazy<(HashSet<string> Ids, string[] Cmdlets, string[] ServiceProblems, string[] ServicePrefixes)> Catalogue = new(Read);

        public static bool Lists(string errorId)
        {
            var (ids, cmdlets, problems, prefixes) = Catalogue.Value;
            if (ids.Contains(errorId)) return true;
            var services = cmdlets.Concat(prefixes);
            return services.Any(prefix => errorId.StartsWith(prefix, StringComparison.Ordinal) && problems.Contains(errorId.Substring(prefix.Length)));
        }

        public static IReadOnlyCollection<string> SpecificIds => Catalogue.Value.Ids;

        private static (HashSet<string>, string[], string[], string[]) Read()
        {
            var text = File.ReadAllText(RepoFiles.Combine("en-US", "about_GenesysCalls.help.txt"));
            var section = text.Substring(text.IndexOf("\nERROR IDS", StringComparison.Ordinal));
            section = section.Substring(0, section.IndexOf("\nSEE ALSO", StringComparison.Ordinal));
            var problems = Regex.Matches(section, @"<Cmdlet>(\w+)").Select(m => m.Groups[1].Value).Distinct().ToArray();
            var prefixes = Regex.Matches(section, @"(\w+)<Problem>").Select(m => m.Groups[1].Value).ToArray();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var cmdlets = new List<string>();
            var byCmdlet = section.Substring(section.IndexOf("by cmdlet:", StringComparison.Ordinal));
            string? current = null;
            foreach (var line in byCmdlet.Split('\n').Skip(1))
            {
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0) continue;
                var indent = line.Length - line.TrimStart().Length;
                if (indent <= 8) { current = words[0]; cmdlets.Add(current); words = words.Skip(1).ToArray(); }
                foreach (var problem in words) ids.Add(current + problem);
            }

            return (ids, cmdlets.ToArray(), problems, prefixes);
        }
    }
}
