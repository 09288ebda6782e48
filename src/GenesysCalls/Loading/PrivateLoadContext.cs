using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace GenesysCalls.Cmdlets.Loading
{
    /// <summary>
    /// A private AssemblyLoadContext built through reflection (netstandard2.0 cannot name the type). Null on
    /// Windows PowerShell, which has no load contexts.
    /// </summary>
    /// <remarks>
    /// A plain context asks the default one before its Resolving event, so on its own it would hand MSAL the
    /// platform's older System.Text.Encodings.Web beside our newer System.Text.Json (PowerShell 7.4 ships both at 8.0),
    /// and MSAL would fail with MissingMethodException. So every file we ship that the platform carries at an older
    /// version is loaded here together, before the first private code runs; names the platform has at our version or
    /// newer (System.Memory and the other netstandard polyfills, or everything on 7.6) are shared with it.
    /// </remarks>
    internal sealed class PrivateLoadContext
    {
        private readonly object _context;
        private readonly MethodInfo _loadFromPath;
        private readonly string _folder;
        private readonly string _moduleFolder;
        private readonly Lazy<List<string>> _shadowedByPlatform;
        private readonly Dictionary<string, Assembly> _loaded = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);

        private PrivateLoadContext(Type contextType, string name, string folder, string moduleFolder, Func<string, Version?> platformVersion)
        {
            _folder = folder;
            _moduleFolder = moduleFolder;
            _context = Activator.CreateInstance(contextType, name, false)!;
            _loadFromPath = contextType.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) })!;
            var resolving = contextType.GetEvent("Resolving")!;
            // The MethodInfo overload binds the object parameter contravariantly to the AssemblyLoadContext one.
            var handler = typeof(PrivateLoadContext).GetMethod(nameof(OnResolving), BindingFlags.NonPublic | BindingFlags.Instance)!;
            resolving.AddEventHandler(_context, Delegate.CreateDelegate(resolving.EventHandlerType!, this, handler));
            _shadowedByPlatform = new Lazy<List<string>>(() => Directory.GetFiles(folder, "*.dll").Where(file => IsNewerThanPlatform(file,
                platformVersion)).ToList());
        }

        public static PrivateLoadContext? TryCreate(string name, string folder, string moduleFolder) =>
            TryCreate(name, folder, moduleFolder, PlatformAssemblies.Version);

        internal static PrivateLoadContext? TryCreate(string name, string folder, string moduleFolder, Func<string, Version?> platformVersion)
        {
            var contextType = typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext");
            return contextType == null ? null : new PrivateLoadContext(contextType, name, folder, moduleFolder, platformVersion);
        }

        /// <summary>Loads a file of the Dependencies folder once; later requests get the same assembly.</summary>
        public Assembly Load(string path)
        {
            lock (_loaded)
            {
                if (_loaded.Count == 0)
                {
                    foreach (var file in _shadowedByPlatform.Value) LoadOnce(file);
                }

                return LoadOnce(path);
            }
        }

        private Assembly LoadOnce(string path)
        {
            if (!_loaded.TryGetValue(path, out var assembly))
            {
                assembly = (Assembly)_loadFromPath.Invoke(_context, new object[] { NativeImages.Prefer(path, _moduleFolder) })!;
                _loaded[path] = assembly;
            }

            return assembly;
        }

        /// <summary>A dependency of a dependency, asked for from inside the private context, that the platform lacks.</summary>
        private Assembly? OnResolving(object context, AssemblyName name)
        {
            var path = Path.Combine(_folder, name.Name + ".dll");
            return File.Exists(path) ? Load(path) : null;
        }

        private static bool IsNewerThanPlatform(string file, Func<string, Version?> platformVersion)
        {
            var platform = platformVersion(Path.GetFileNameWithoutExtension(file));
            return platform != null && platform < AssemblyName.GetAssemblyName(file).Version;
        }
    }
}
