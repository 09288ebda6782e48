using System.Text.RegularExpressions;

namespace GenesysCalls.Core.Http
{
    /// <summary>Last line of defence: scrubs credentials from any text before it leaves the module.</summary>
    internal static class Redactor
    {
        private const string Mask = "***";

        private static readonly Regex Patterns = new Regex(
            @"(?<k>(?:Bearer|Basic)\s+)[^\s""',;]+" +
            @"|(?<k>(?:access_token|refresh_token|client_secret|code_verifier|code|assertion|id_token)=)[^&\s""']+" +
            @"|(?<k>""(?:access_token|refresh_token|client_secret|code_verifier|id_token)""\s*:\s*"")[^""]*",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        public static string Redact(string? text) =>
            string.IsNullOrEmpty(text) ? string.Empty : Patterns.Replace(text, m => m.Groups["k"].Value + Mask);
    }
}
