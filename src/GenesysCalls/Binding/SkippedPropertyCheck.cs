using System;
using System.Linq;
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
            var set = cmdlet.ParameterSetName;
            var parameters = cmdlet.MyInvocation.MyCommand.Parameters.Values.Where(DictionaryRowBinder.TakesPropertyName)
                .Where(p => p.ParameterSets.ContainsKey(set) || p.ParameterSets.ContainsKey(ParameterAttribute.AllParameterSets)).ToList();
            foreach (var property in row.Properties)
            {
                var parameter = parameters.FirstOrDefault(p =>
                    DictionaryRowBinder.Names(p).Contains(property.Name, StringComparer.OrdinalIgnoreCase));
                if (parameter == null || !property.IsGettable) continue;
                object? value;
                try
                {
                    value = property.Value is PSObject wrapped ? wrapped.BaseObject : property.Value;
                }
                catch (GetValueException)
                {
                    continue;
                }

                if (value == null || (value is string text && text.Trim().Length == 0)) continue;
                if (cmdlet.GetType().GetProperty(parameter.Name)?.GetValue(cmdlet) != null) continue;
                return new PSArgumentException(DictionaryRowBinder.NotConvertible(property.Name, value, parameter.ParameterType)
                    + ", so PowerShell could not bind it.", property.Name);
            }

            return null;
        }
    }
}
