using System;
using System.IO;
using System.Reflection;

namespace GenesysCalls.Cmdlets.Loading
{
    /// <summary>
    /// Serves the module's third-party dependencies (MSAL, System.Text.Json and their support libraries) from
    /// Dependencies/, so Az, Microsoft.Graph or PnP.PowerShell loaded in the same session cannot break them, nor
    /// they those modules. Only requests from this module's own assemblies are answered, and only for files it ships.
    /// PowerShell 7: a private load context. Windows PowerShell 5.1: Assembly.LoadFrom from the same folder.
    /// </summary>
    internal static class DependencyLoader
    {
        private static readonly string ModuleFolder = Path.GetDirectoryName(typeof(DependencyLoader).Assembly.Location) ?? string.Empty;
        private static readonly string Folder = Path.Combine(ModuleFolder, "Dependencies");
        private static readonly object Gate = new object();
        private static PrivateLoadContext? _context;
        private static bool _registered;

        public static void Register()
        {
            lock (Gate)
            {
                if (_registered || !Directory.Exists(Folder)) return;
                _context = PrivateLoadContext.TryCreate("GenesysCalls", Folder, ModuleFolder);
                AppDomain.CurrentDomain.AssemblyResolve += Resolve;
                _registered = true;
            }
        }

        public static void Unregister()
        {
            lock (Gate)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= Resolve;
                _registered = false;
            }
        }

        private static Assembly? Resolve(object? sender, ResolveEventArgs args)
        {
            if (!IsOurs(args.RequestingAssembly)) return null;
            var name = new AssemblyName(args.Name).Name ?? string.Empty;

            // Our own assemblies live beside the cmdlets, in the default context (so [GenesysCalls.*] type names resolve).
            var own = Path.Combine(ModuleFolder, name + ".dll");
            if (name.StartsWith("GenesysCalls", StringComparison.Ordinal) && File.Exists(own)) return Assembly.LoadFrom(own);

            var path = Path.Combine(Folder, name + ".dll");
            if (!File.Exists(path)) return null;
            return _context != null ? _context.Load(path) : Assembly.LoadFrom(path);
        }

        private static bool IsOurs(Assembly? requester)
        {
            if (requester == null) return true;
            var name = requester.GetName().Name ?? string.Empty;
            if (name.StartsWith("GenesysCalls", StringComparison.Ordinal)) return true;
            var location = requester.IsDynamic ? string.Empty : requester.Location;
            return location.StartsWith(Folder, StringComparison.OrdinalIgnoreCase);
        }
    }
}
