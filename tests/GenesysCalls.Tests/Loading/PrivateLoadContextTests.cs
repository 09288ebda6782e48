using System.Reflection;
using System.Runtime.Loader;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Loading
{
    /// <summary>
    /// The dependency loader's private context, driven through reflection: the cmdlet assembly is loaded for its
    /// loader types only (they use no PowerShell type), into a throwaway context so the test process stays clean.
    /// </summary>
    public class PrivateLoadContextTests
    {
        private static readonly string BinFolder = Path.GetDirectoryName(BuiltModule.CmdletAssembly)!;

        private static object NewPrivateContext(string name, Func<string, Version?>? platformVersion = null, string? moduleFolder = null)
        {
            var host = new AssemblyLoadContext("loader-test-" + Guid.NewGuid(), isCollectible: true);
            var cmdlets = host.LoadFromAssemblyPath(BuiltModule.CmdletAssembly);
            var type = cmdlets.GetType("GenesysCalls.Cmdlets.Loading.PrivateLoadContext", throwOnError: true)!;
            moduleFolder ??= BinFolder;
            if (platformVersion == null) return type.GetMethod("TryCreate", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, new object[] { name, BinFolder, moduleFolder })!;
            var create = type.GetMethod("TryCreate", BindingFlags.NonPublic | BindingFlags.Static, new[] { typeof(string), typeof(string), typeof(string), typeof(Func<string, Version?>) })!;
            return create.Invoke(null, new object[] { name, BinFolder, moduleFolder, platformVersion })!;
        }

        private static Assembly Load(object context, string file) =>
            (Assembly)context.GetType().GetMethod("Load")!.Invoke(context, new object[] { Path.Combine(BinFolder, file) })!;

        [Fact]
        public void Dependencies_load_into_their_own_context_not_the_default_one()
        {
            var context = NewPrivateContext("GenesysCalls");
            var json = Load(context, "System.Text.Json.dll");
            Assert.NotSame(typeof(System.Text.Json.JsonSerializer).Assembly, json);
            Assert.Equal("GenesysCalls", AssemblyLoadContext.GetLoadContext(json)!.Name);
            Assert.Same(json, Load(context, "System.Text.Json.dll"));
        }

        [Fact]
        public void Names_the_default_context_lacks_are_served_from_the_folder()
        {
            var context = NewPrivateContext("GenesysCalls");
            var onResolving = context.GetType().GetMethod("OnResolving", BindingFlags.NonPublic | BindingFlags.Instance)!;
            var served = (Assembly)onResolving.Invoke(context, new object?[] { null, new AssemblyName("Microsoft.IdentityModel.Abstractions") })!;
            Assert.Equal("GenesysCalls", AssemblyLoadContext.GetLoadContext(served)!.Name);
            Assert.Null(onResolving.Invoke(context, new object?[] { null, new AssemblyName("Not.Shipped.With.GenesysCalls") }));
        }

        [Fact]
        public void Names_the_default_context_has_are_shared_not_duplicated()
        {
            var context = NewPrivateContext("GenesysCalls");
            var msal = Load(context, "Microsoft.Identity.Client.dll");
            var abstractions = msal.GetReferencedAssemblies().Single(a => a.Name == "Microsoft.IdentityModel.Abstractions");
            var resolved = AssemblyLoadContext.GetLoadContext(msal)!.LoadFromAssemblyName(abstractions);
            Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(resolved));
        }

        [Fact]
        public void The_resolver_answers_only_its_own_assemblies_requests()
        {
            var host = new AssemblyLoadContext("loader-test-" + Guid.NewGuid(), isCollectible: true);
            var cmdlets = host.LoadFromAssemblyPath(BuiltModule.CmdletAssembly);
            var resolve = cmdlets.GetType("GenesysCalls.Cmdlets.Loading.DependencyLoader", throwOnError: true)!.GetMethod("Resolve", BindingFlags.NonPublic | BindingFlags.Static)!;
            Assembly? Ask(string name, Assembly? requester) => (Assembly?)resolve.Invoke(null, new object?[] { null, new ResolveEventArgs(name, requester) });

            var core = Ask("GenesysCalls.Core, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null", cmdlets);
            Assert.Equal("GenesysCalls.Core", core!.GetName().Name);
            Assert.Null(Ask("GenesysCalls.Core, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null", typeof(object).Assembly));
            Assert.Null(Ask("Some.Other.Library, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null", cmdlets));
        }

        [Fact]
        public void Files_the_platform_has_at_an_older_version_load_together_before_private_code_runs()
        {
            // As on PowerShell 7.4: the platform has System.Text.Json and System.Text.Encodings.Web 8.0, we ship 10.
            // MSAL asks for Encodings.Web 6.0; it must get our 10, the one our System.Text.Json 10 is built with.
            Func<string, Version?> platform = name => name is "System.Text.Json" or "System.Text.Encodings.Web" ? new Version(8, 0, 0, 0) : new Version(99, 0);
            var context = NewPrivateContext("GenesysCalls", platform);
            var msal = Load(context, "Microsoft.Identity.Client.dll");
            var msalContext = AssemblyLoadContext.GetLoadContext(msal)!;

            var encoder = msalContext.LoadFromAssemblyName(new AssemblyName("System.Text.Encodings.Web, Version=6.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51"));
            var json = msalContext.LoadFromAssemblyName(new AssemblyName("System.Text.Json, Version=6.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51"));
            var memory = msalContext.LoadFromAssemblyName(new AssemblyName("System.Memory"));

            Assert.Same(msalContext, AssemblyLoadContext.GetLoadContext(encoder));
            Assert.Same(msalContext, AssemblyLoadContext.GetLoadContext(json));
            Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(memory));
        }

        [Fact]
        public void A_file_with_a_native_image_for_this_runtime_and_platform_loads_from_the_image_folder()
        {
            var module = Directory.CreateTempSubdirectory("gc-native-").FullName;
            try
            {
                var images = Directory.CreateDirectory(Path.Combine(module, "ReadyToRun", NativeImagesTests.ThisRuntime)).FullName;
                File.Copy(Path.Combine(BinFolder, "Microsoft.Identity.Client.dll"), Path.Combine(images, "Microsoft.Identity.Client.dll"));
                var context = NewPrivateContext("GenesysCalls", moduleFolder: module);

                Assert.Equal(Path.Combine(images, "Microsoft.Identity.Client.dll"), Load(context, "Microsoft.Identity.Client.dll").Location);
                Assert.Equal(Path.Combine(BinFolder, "System.Text.Json.dll"), Load(context, "System.Text.Json.dll").Location);
            }
            finally
            {
                Directory.Delete(module, recursive: true);
            }
        }

        [Fact]
        public void Two_contexts_are_independent()
        {
            var first = Load(NewPrivateContext("GenesysCalls"), "Microsoft.Identity.Client.dll");
            var second = Load(NewPrivateContext("GenesysCalls"), "Microsoft.Identity.Client.dll");
            Assert.NotSame(first, second);
        }
    }
}
