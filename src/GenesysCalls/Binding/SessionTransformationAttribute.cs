using System.Linq;
using System.Management.Automation;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Cmdlets.Binding
{
    /// <summary>-Session accepts a session object or the name given to Connect-GenesysOrg -Name.</summary>
    public sealed class SessionTransformationAttribute : TextTransformationAttribute
    {
        protected override object? TransformText(string name, object? inputData)
        {
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
