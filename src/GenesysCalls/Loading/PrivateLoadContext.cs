using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace GenesysCalls.Cmdlets.Loading
{
    /// <summary>
    /// A private AssemblyLoadContext built through reflection (netstandard2.0 cannot name the type). Null on
    /// Windows PowerShell, which has no load contexts.
    /// </summary>
    internal sealed class PrivateLoadContext
    {
        private readonly object _context;
        private readonly MethodInfo _loadFromPath;
        private readonly string _folder;
        private readonly Dictionary<string, Assembly> _loaded = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);

        private PrivateLoadContext(Type contextType, string name, string folder)
        {
            _folder = folder;
            _context = Activator.CreateInstance(contextType, name, false)!;
            _loadFromPath = contextType.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) })!;
            var resolving = contextType.GetEvent("Resolving")!;
            // The MethodInfo overload binds the object parameter contravariantly to the AssemblyLoadContext one.
            var handler = typeof(PrivateLoadContext).GetMethod(nameof(OnResolving), BindingFlags.NonPublic | BindingFlags.Instance)!;
            resolving.AddEventHandler(_context, Delegate.CreateDelegate(resolving.EventHandlerType!, this, handler));
        }

        public static PrivateLoadContext? TryCreate(string name, string folder)
        {
            var contextType = typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext");
            return contextType == null ? null : new PrivateLoadContext(contextType, name, folder);
        }

        /// <summary>Loads a file of the Dependencies folder once; later requests get the same assembly.</summary>
        public Assembly Load(string path)
        {
            lock (_loaded)
            {
                if (!_loaded.TryGetValue(path, out var assembly))
                {
                    assembly = (Assembly)_loadFromPath.Invoke(_context, new object[] { path })!;
                    _loaded[path] = assembly;
                }

                return assembly;
            }
        }

        /// <summary>A dependency of a dependency, asked for from inside the private context.</summary>
        private Assembly? OnResolving(object context, AssemblyName name)
        {
            var path = Path.Combine(_folder, name.Name + ".dll");
            return File.Exists(path) ? Load(path) : null;
        }
    }
}
