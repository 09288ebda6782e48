namespace GenesysCalls.Tests.Support
{
    /// <summary>Paths in the checkout (and the shared folder beside it), found from the test binary.</summary>
    public static class RepoFiles
    {
        public static string Root { get; } = FindRoot();

        public static string SharedApiDefinition => Path.Combine(Root, "..", "shared", "genesys-api", "genesys-calls-openapi.yml");

        public static string Combine(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

        private static string FindRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "GenesysCalls.psd1"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (GenesysCalls.psd1) above " + AppContext.BaseDirectory);
        }
    }
}
