namespace GenesysCalls.Tests.Support
{
    /// <summary>A fresh folder under the temp path, deleted with everything in it on Dispose.</summary>
    public sealed class TempFolder : IDisposable
    {
        public TempFolder(string prefix)
        {
            Path = Directory.CreateTempSubdirectory(prefix + "-").FullName;
        }

        public string Path { get; }

        public string Combine(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose()
        {
            if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        }
    }
}
