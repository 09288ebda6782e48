using System.Diagnostics;

namespace GenesysCalls.Tests.Support
{
    /// <summary>Runs a program to its end and keeps what it printed.</summary>
    public static class DotnetCli
    {
        public static (int ExitCode, string Output) Run(string fileName, params string[] arguments)
        {
            var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments) info.ArgumentList.Add(argument);
            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            info.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return (-1, output.Result + error.Result + "\n(killed after 5 minutes)");
            }

            process.WaitForExit();
            return (process.ExitCode, output.Result + error.Result);
        }

        /// <summary>dotnet publish (Release) of a project in the checkout into <paramref name="output"/>; throws with the build log if it fails.</summary>
        public static void Publish(string project, string output, params string[] options)
        {
            var arguments = new[] { "publish", RepoFiles.Combine(project), "-c", "Release", "-o", output, "--nologo", "--disable-build-servers" }.Concat(options).ToArray();
            var (exitCode, log) = Run("dotnet", arguments);
            if (exitCode != 0) throw new InvalidOperationException("dotnet publish " + project + " failed:\n" + log);
        }
    }
}
