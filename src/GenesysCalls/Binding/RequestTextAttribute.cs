using System.Management.Automation;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets.Binding
{
    /// <summary>
    /// -Request takes JSON text too (a Request column of a CSV, a string): read as Test-CallPayload reads it, so its
    /// findings (a repeated name, an unknown property) hold the call as they would the text's report.
    /// </summary>
    public sealed class RequestTextAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            return value is string text && text.Trim().Length > 0 ? CallPayloadChecker.ReadRequest(text) : inputData;
        }
    }
}
