using System.Management.Automation;
using GenesysCalls.Cmdlets.Loading;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Cmdlets
{
    /// <summary>Import-Module hooks up the private dependencies; Remove-Module forgets every session and its tokens.</summary>
    public sealed class ModuleLifetime : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        public void OnImport()
        {
            DependencyLoader.Register();
            FirstJobWarmUp.Start();
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            SessionRegistry.Process.Reset();
            DependencyLoader.Unregister();
        }
    }
}
