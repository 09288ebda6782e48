using System.Reflection;
using System.Runtime.Loader;

namespace IsolationProbe;

/// <summary>
/// Usage: IsolationProbe &lt;module folder&gt; &lt;emulator base uri&gt; &lt;client id&gt; &lt;client secret&gt; &lt;ready agent's user id&gt;
/// Prints "ok &lt;check&gt;" or "FAIL &lt;check&gt;: &lt;why&gt;" per check and exits 1 if any failed.
/// Nothing here may touch a GenesysCalls type before the module's loader is registered, as in PowerShell, where the
/// cmdlet assembly's code only runs after Import-Module.
/// </summary>
internal static class Program
{
    private static int _failures;

    public static int Main(string[] args)
    {
        var (moduleFolder, baseUri, clientId, clientSecret, agentId) = (args[0], new Uri(args[1]), args[2], args[3], args[4]);

        var runtimeJson = typeof(System.Text.Json.JsonSerializer).Assembly;
        Console.WriteLine("runtime: .NET " + Environment.Version.Major + ", System.Text.Json " + runtimeJson.GetName().Version);

        // Another module (Az, Microsoft.Graph, PnP) got there first with its own, older MSAL in the default context.
        var otherMsalPath = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "OtherModuleMsal").Value!;
        var otherMsal = Assembly.LoadFrom(otherMsalPath);
        Check("another module's MSAL 4.61.3 is loaded first", otherMsal.GetName().Version == new Version(4, 61, 3, 0), Where(otherMsal));

        // Import-Module: PowerShell loads the cmdlet assembly from the module folder and calls ModuleLifetime.OnImport,
        // which registers the dependency loader (called directly here: ModuleLifetime itself needs PowerShell's types).
        var cmdlets = Assembly.LoadFrom(Path.Combine(moduleFolder, "GenesysCalls.dll"));
        cmdlets.GetType("GenesysCalls.Cmdlets.Loading.DependencyLoader", throwOnError: true)!
            .GetMethod("Register", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!.Invoke(null, null);
        var core = AssemblyLoadContext.Default.LoadFromAssemblyName(cmdlets.GetReferencedAssemblies().Single(n => n.Name == "GenesysCalls.Core"));
        Check("the core loads from the module folder", Path.GetDirectoryName(core.Location) == Path.GetFullPath(moduleFolder), core.Location);
        Check("import loads no MSAL of ours", Loaded("Microsoft.Identity.Client").All(a => a == otherMsal), Describe("Microsoft.Identity.Client"));

        CoreChecks.Run(moduleFolder, baseUri, clientId, clientSecret, agentId, runtimeJson, otherMsal);

        Console.WriteLine(_failures == 0 ? "isolation: all checks passed" : "isolation: " + _failures + " check(s) failed");
        return _failures == 0 ? 0 : 1;
    }

    public static void Check(string name, bool passed, string why = "")
    {
        Console.WriteLine(passed ? "ok " + name : "FAIL " + name + ": " + why);
        if (!passed) _failures++;
    }

    public static Assembly[] Loaded(string name) => AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == name).ToArray();

    public static string Where(Assembly assembly) => assembly.GetName().Version + " in " + (AssemblyLoadContext.GetLoadContext(assembly)?.Name ?? "?");

    public static string Describe(string name) => string.Join(", ", Loaded(name).Select(Where));
}
