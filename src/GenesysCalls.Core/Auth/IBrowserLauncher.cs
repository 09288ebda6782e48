using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace GenesysCalls.Core.Auth
{
    /// <summary>Opens the sign-in page. Tests replace it with one that signs in over HTTP.</summary>
    internal interface IBrowserLauncher
    {
        /// <summary>False when no browser could be started (a service, a container, SSH without a display).</summary>
        bool TryOpen(Uri url);
    }

    internal sealed class SystemBrowserLauncher : IBrowserLauncher
    {
        public bool TryOpen(Uri url)
        {
            try
            {
                if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
                {
                    using var _ = Process.Start(new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true });
                    return true;
                }

                var opener = RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "open" : "xdg-open";
                if (opener == "xdg-open" && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"))
                    && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY")))
                {
                    return false;
                }

                using var process = Process.Start(new ProcessStartInfo(opener, "\"" + url.AbsoluteUri + "\"")
                {
                    UseShellExecute = false,
                    CreateNoWindow = true
                });
                return process != null;
            }
            catch (Exception ex) when (ex is System.ComponentModel.Win32Exception || ex is InvalidOperationException
                || ex is PlatformNotSupportedException)
            {
                return false;
            }
        }
    }
}
