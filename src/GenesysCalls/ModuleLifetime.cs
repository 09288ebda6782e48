using System.Management.Automation;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Cmdlets
{
    /// <summary>Remove-Module forgets every session and its tokens.</summary>
    public sealed class ModuleLifetime : IModuleAssemblyCleanup
    {
        public void OnRemove(PSModuleInfo psModuleInfo) => SessionRegistry.Process.Reset();
    }
}
