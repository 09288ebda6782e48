namespace GenesysCalls.Tests.Support
{
    /// <summary>The x-inin-error-codes of one operation in the shipped API definition: code → (status, message).</summary>
    public static class DefinitionErrorCodes
    {
        public const string Calls = "/api/v2/conversations/calls";
        public const string CallsOnBehalf = "/api/v2/conversations/calls/user/{userId}";

        /// <summary>Every code of the operation's responses (its method is post), read line by line from the YAML.</summary>
        public static Dictionary<string, (int Status, string Message)> Post(string path)
        {
            var lines = File.ReadAllLines(RepoFiles.SharedApiDefinition);
            var start = Array.IndexOf(lines, "  " + path + ":");
            if (start < 0 || lines[start + 1] != "    post:") throw new InvalidOperationException("No POST " + path + " in the definition");
            var codes = new Dictionary<string, (int, string)>();
            var status = 0;
            var inCodes = false;
            for (var i = start + 2; i < lines.Length && lines[i].StartsWith("    "); i++)
            {
                var line = lines[i];
                if (line.StartsWith("        '") && line.TrimEnd().EndsWith("':")) status = int.Parse(line.Trim().Trim(':', '\''));
                if (line.StartsWith("          ") && !line.StartsWith("           ")) inCodes = line.Trim() == "x-inin-error-codes:";
                else if (inCodes && line.StartsWith("            ") && line[12] != ' ')
                {
                    var colon = line.IndexOf(": ", StringComparison.Ordinal);
                    codes[line.Substring(12, colon - 12)] = (status, line.Substring(colon + 2).Trim('\''));
                }
            }

            return codes;
        }

        /// <summary>The codes of the telephony and org-state failures: conversation.error.* and providerapi.error.*.</summary>
        public static Dictionary<string, (int Status, string Message)> CallFailures(string path) =>
            Post(path).Where(c => c.Key.StartsWith("conversation.error.", StringComparison.Ordinal)
                || c.Key.StartsWith("providerapi.error.", StringComparison.Ordinal)).ToDictionary(c => c.Key, c => c.Value);
    }
}
