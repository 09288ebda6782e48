using System.Linq;
using System.Management.Automation;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Cmdlets.Binding
{
    /// <summary>-Session accepts a session object or the name given to Connect-GenesysOrg -Name.</summary>
    public sealed class SessionTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (!(value is string name)) return inputData;
            var session = SessionRegistry.Process.Find(name.Trim());
            if (session != null) return session;
            var names = SessionRegistry.Process.All.Select(s => "'" + s.Name + "'").ToList();
            throw new ArgumentTransformationMetadataException(
                "No session is named '" + name + "'. " + (names.Count == 0
                    ? "There are no sessions: connect with Connect-GenesysOrg -Name '" + name + "'."
                    : "Sessions: " + string.Join(", ", names) + " (Get-GenesysSession -All lists them)."));
        }
    }
}
