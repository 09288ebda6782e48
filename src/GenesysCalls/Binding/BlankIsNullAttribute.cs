namespace GenesysCalls.Cmdlets.Binding
{
    /// <summary>
    /// An empty or blank value (a blank CSV cell) means "not given". Without this, PowerShell turns '' into 0 for an
    /// int and fails a typed parameter whose constructor refuses an empty string.
    /// </summary>
    public sealed class BlankIsNullAttribute : TextTransformationAttribute
    {
        protected override object? TransformText(string text, object? inputData) => text.Trim().Length == 0 ? null : inputData;
    }
}
