using System.Management.Automation;

namespace GenesysCalls.Cmdlets.Binding
{
    /// <summary>A transformation of text arguments: a PSObject is unwrapped, and anything that is not a string passes as it came.</summary>
    public abstract class TextTransformationAttribute : ArgumentTransformationAttribute
    {
        public sealed override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
            (inputData is PSObject wrapped ? wrapped.BaseObject : inputData) is string text ? TransformText(text, inputData) : inputData;

        /// <param name="inputData">The argument as it came, to return when the text needs no change.</param>
        protected abstract object? TransformText(string text, object? inputData);
    }
}
