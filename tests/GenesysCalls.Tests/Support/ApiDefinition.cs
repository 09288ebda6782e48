namespace GenesysCalls.Tests.Support
{
    /// <summary>Property names of a definition in the shared API definition (../shared/genesys-api/genesys-calls-openapi.yml).</summary>
    public static class ApiDefinition
    {
        public static HashSet<string> Properties(string definition)
        {
            var lines = File.ReadAllLines(RepoFiles.SharedApiDefinition);
            var start = Array.FindIndex(lines, l => l == "  " + definition + ":");
            if (start < 0) throw new InvalidOperationException("No definition " + definition + " in " + RepoFiles.SharedApiDefinition);
            if (lines[start + 2].Trim() != "properties:") throw new InvalidOperationException(definition + " has no properties list");
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var i = start + 3; i < lines.Length && lines[i].StartsWith("      ", StringComparison.Ordinal); i++)
            {
                if (lines[i].Length > 6 && lines[i][6] != ' ' && lines[i].TrimEnd().EndsWith(':')) names.Add(lines[i].Trim().TrimEnd(':'));
            }

            return names;
        }
    }
}
