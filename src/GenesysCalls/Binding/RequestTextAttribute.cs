using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets.Binding
{
    /// <summary>
    /// -Request takes JSON text too (a Request column of a CSV, a string): read as Test-CallPayload reads it, so its
    /// findings (a repeated name, an unknown property) hold the call as they would the text's report.
    /// </summary>
    public sealed class RequestTextAttribute : TextTransformationAttribute
    {
        protected override object? TransformText(string text, object? inputData) =>
            text.Trim().Length > 0 ? CallPayloadChecker.ReadRequest(text) : inputData;
    }
}
