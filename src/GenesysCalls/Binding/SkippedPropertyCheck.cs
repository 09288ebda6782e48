using System.Management.Automation;

namespace GenesysCalls.Cmdlets.Binding
{
    /// <summary>
    /// PowerShell's binder skips, without a word, a piped row's property whose value does not convert to its optional
    /// parameter's type (a CSV Priority of 'high'): the row would be sent without it. This finds such a property, so the
    /// row can be refused instead.
    /// </summary>
    internal static class SkippedPropertyCheck
    {
        /// <summary>The first property that names a parameter of the current set, has a value, and left the parameter unset.</summary>
        public static PSArgumentException? Find(PSCmdlet cmdlet, PSObject row)
        {
            var parameters = DictionaryRowBinder.RowParameters(cmdlet, cmdlet.ParameterSetName);
            foreach (var pair in PipelineProperties.Read(row))
            {
                var parameter = DictionaryRowBinder.Named(parameters, pair.Key);
                var value = pair.Value is PSObject wrapped ? wrapped.BaseObject : pair.Value;
                if (parameter == null || DictionaryRowBinder.IsBlank(value)) continue;
                if (cmdlet.GetType().GetProperty(parameter.Name)?.GetValue(cmdlet) != null) continue;
                return new PSArgumentException(DictionaryRowBinder.NotConvertible(pair.Key, value!, parameter.ParameterType)
                    + ", so PowerShell could not bind it.", pair.Key);
            }

            return null;
        }
    }
}
