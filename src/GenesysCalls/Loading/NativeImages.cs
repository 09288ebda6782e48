using System;
using System.IO;
using System.Runtime.InteropServices;

namespace GenesysCalls.Cmdlets.Loading
{
    /// <summary>
    /// MSAL compiled ahead of time (ReadyToRun) for one runtime and platform, in ReadyToRun/net{major}.0-{os}-{arch}/
    /// beside the module: a process that has a folder for its runtime and platform loads those files instead of
    /// Dependencies/, so its first client-credentials sign-in does not compile about 800 of MSAL's methods first.
    /// </summary>
    /// <remarks>
    /// .NET runs such code only on the runtime major version it was compiled for (PowerShell 7.6's .NET 10; on 7.4 and
    /// 7.5 the same files would be compiled from their IL anyway), and Windows PowerShell cannot load a platform image at
    /// all, so every other process loads Dependencies/. The core is not among them: PowerShell itself loads it from
    /// beside the cmdlets while it imports them, before this module's loader is asked, and compiling it saved little.
    /// </remarks>
    internal static class NativeImages
    {
        public const string FolderName = "ReadyToRun";

        /// <summary><paramref name="path"/>'s compiled twin when this process has one, else <paramref name="path"/>.</summary>
        public static string Prefer(string path, string moduleFolder)
        {
            var folder = Folder(moduleFolder, CurrentRuntime());
            if (folder == null) return path;
            var image = Path.Combine(folder, Path.GetFileName(path));
            return File.Exists(image) ? image : path;
        }

        /// <summary>The folder for <paramref name="runtime"/> (such as net10.0-linux-x64), or null when there is none or no runtime.</summary>
        internal static string? Folder(string moduleFolder, string? runtime)
        {
            if (runtime == null) return null;
            var folder = Path.Combine(moduleFolder, FolderName, runtime);
            return Directory.Exists(folder) ? folder : null;
        }

        /// <summary>net{major}.0-{os}-{arch} on .NET (Core); null on .NET Framework and Mono, which run IL only.</summary>
        internal static string? CurrentRuntime()
        {
            if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") == null) return null;
            var os = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win"
                : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "osx"
                : "linux";
            var arch = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
            return "net" + Environment.Version.Major + ".0-" + os + "-" + arch;
        }
    }
}
