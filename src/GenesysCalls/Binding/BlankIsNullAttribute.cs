using System.Management.Automation;

namespace GenesysCalls.Cmdlets.Binding
{
    /// <summary>
    /// An empty or blank value (a blank CSV cell) means "not given". Without this, PowerShell turns '' into 0 for an
    /// int and fails a typed parameter whose constructor refuses an empty string.
    /// </summary>
    public sealed class BlankIsNullAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            return value is string text && text.Trim().Length == 0 ? null : inputData;
        }
    }
}
