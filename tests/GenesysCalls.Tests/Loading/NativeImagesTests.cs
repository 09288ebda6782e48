using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Loading
{
    /// <summary>Which folder of ReadyToRun images a process uses, driven through reflection as in <see cref="PrivateLoadContextTests"/>.</summary>
    public class NativeImagesTests
    {
        /// <summary>This test process's runtime as the build names image folders: net10.0-linux-x64 and the like.</summary>
        public static readonly string ThisRuntime = "net" + Environment.Version.Major + ".0-" + RuntimeInformation.RuntimeIdentifier;

        private static readonly Type NativeImages = new AssemblyLoadContext("native-images-test-" + Guid.NewGuid(), isCollectible: true)
            .LoadFromAssemblyPath(BuiltModule.CmdletAssembly).GetType("GenesysCalls.Cmdlets.Loading.NativeImages", throwOnError: true)!;

        private static object? Call(string method, params object?[] arguments) =>
            NativeImages.GetMethod(method, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, arguments);

        [Fact]
        public void The_runtime_is_named_by_its_major_version_and_dotnets_own_platform_name()
        {
            Assert.Equal(ThisRuntime, Call("CurrentRuntime"));
        }

        [Fact]
        public void A_file_is_taken_from_the_runtimes_folder_only_when_that_folder_has_it()
        {
            var module = Directory.CreateTempSubdirectory("gc-native-").FullName;
            try
            {
                var images = Directory.CreateDirectory(Path.Combine(module, "ReadyToRun", ThisRuntime)).FullName;
                Directory.CreateDirectory(Path.Combine(module, "ReadyToRun", "net99.0-" + RuntimeInformation.RuntimeIdentifier));
                File.WriteAllText(Path.Combine(images, "Compiled.dll"), string.Empty);
                var dependencies = Path.Combine(module, "Dependencies");

                Assert.Equal(Path.Combine(images, "Compiled.dll"), Call("Prefer", Path.Combine(dependencies, "Compiled.dll"), module));
                Assert.Equal(Path.Combine(dependencies, "NotCompiled.dll"), Call("Prefer", Path.Combine(dependencies, "NotCompiled.dll"), module));
                Assert.Equal(images, Call("Folder", module, ThisRuntime));
                Assert.Null(Call("Folder", module, "net8.0-" + RuntimeInformation.RuntimeIdentifier));
                Assert.Null(Call("Folder", module, null));
            }
            finally
            {
                Directory.Delete(module, recursive: true);
            }
        }

        [Fact]
        public void Without_a_folder_for_this_runtime_every_file_loads_as_it_is()
        {
            var module = Directory.CreateTempSubdirectory("gc-native-").FullName;
            try
            {
                Directory.CreateDirectory(Path.Combine(module, "ReadyToRun", "net8.0-" + RuntimeInformation.RuntimeIdentifier));
                var path = Path.Combine(module, "Dependencies", "Microsoft.Identity.Client.dll");
                Assert.Equal(path, Call("Prefer", path, module));
            }
            finally
            {
                Directory.Delete(module, recursive: true);
            }
        }
    }
}
