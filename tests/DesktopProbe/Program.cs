using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Reflection;

namespace DesktopProbe
{
    /// <summary>
    /// Usage: DesktopProbe &lt;module folder&gt; &lt;emulator https uri&gt; &lt;emulator http uri&gt; &lt;client id&gt; &lt;client secret&gt;
    /// Prints "ok &lt;check&gt;" or "FAIL &lt;check&gt;: &lt;why&gt;" per check, then "desktop-probe: N passed, M failed".
    /// Nothing here touches a GenesysCalls type before the module's loader is registered, as in Windows PowerShell,
    /// where the cmdlet assembly's code only runs after Import-Module.
    /// </summary>
    internal static class Program
    {
        private static int _passed;
        private static int _failed;

        public static int Main(string[] args)
        {
            var moduleFolder = Path.GetFullPath(args[0]);
            Console.WriteLine("runtime: " + RuntimeDescription());
            Check("no assembly load contexts on this runtime (the Desktop path)",
                typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext") == null, "AssemblyLoadContext exists");

            // A default Windows PowerShell 5.1 without the strong-crypto registry keys offers SSL 3 and TLS 1.0 only.
            ServicePointManager.SecurityProtocol = SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls;

            // Import-Module: the cmdlet assembly from the module folder, then ModuleLifetime.OnImport's registration
            // (called directly here: ModuleLifetime itself needs PowerShell's types).
            var cmdlets = Assembly.LoadFrom(Path.Combine(moduleFolder, "GenesysCalls.dll"));
            cmdlets.GetType("GenesysCalls.Cmdlets.Loading.DependencyLoader", true)
                .GetMethod("Register", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Invoke(null, null);
            Check("import loads no MSAL", Loaded("Microsoft.Identity.Client").Length == 0, Describe("Microsoft.Identity.Client"));

            // PowerShell reaches the core through the cmdlet assembly, whose references bind beside it (LoadFrom context);
            // this program references the core itself, so it is pointed at the module's copy, and only that one.
            AppDomain.CurrentDomain.AssemblyResolve += (sender, e) => new AssemblyName(e.Name).Name == "GenesysCalls.Core"
                ? Assembly.LoadFrom(Path.Combine(moduleFolder, "GenesysCalls.Core.dll"))
                : null;

            CoreChecks.Run(new Uri(args[1]), new Uri(args[2]), args[3], args[4]);

            var core = Loaded("GenesysCalls.Core").SingleOrDefault();
            Check("the core loads from the module folder", core != null && Path.GetDirectoryName(core.Location) == moduleFolder,
                Describe("GenesysCalls.Core"));
            foreach (var name in new[] { "Microsoft.Identity.Client", "System.Text.Json" })
            {
                Check(name + " loads from the module's Dependencies folder", Loaded(name).Length == 1
                    && Path.GetDirectoryName(Loaded(name)[0].Location) == Path.Combine(moduleFolder, "Dependencies"), Describe(name));
            }

            Console.WriteLine("desktop-probe: " + _passed + " passed, " + _failed + " failed");
            return _failed == 0 ? 0 : 1;
        }

        public static void Check(string name, bool passed, string why = "")
        {
            Console.WriteLine(passed ? "ok " + name : "FAIL " + name + ": " + why);
            if (passed) _passed++;
            else _failed++;
        }

        public static Assembly[] Loaded(string name) => AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == name).ToArray();

        public static string Describe(string name)
        {
            var found = string.Join(", ", Loaded(name).Select(a => a.GetName().Version + " from " + (a.IsDynamic ? "?" : a.Location)));
            return found.Length > 0 ? found : "not loaded";
        }

        private static string RuntimeDescription()
        {
            var mono = Type.GetType("Mono.Runtime");
            var display = mono?.GetMethod("GetDisplayName", BindingFlags.NonPublic | BindingFlags.Static)?.Invoke(null, null);
            return display != null ? "Mono " + display : ".NET Framework " + Environment.Version;
        }
    }
}
