using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace GenesysCalls.Cmdlets.Binding
{
    /// <summary>
    /// PowerShell binds an object's properties to ValueFromPipelineByPropertyName parameters, but not a hashtable's
    /// keys. This binds a piped hashtable the same way, by the same parameter names and aliases, for one record:
    /// dispose the returned scope to put the parameters back before the next record.
    /// </summary>
    internal static class DictionaryRowBinder
    {
        /// <param name="overwrite">Also replace parameters PowerShell bound from the hashtable itself (a string[] parameter that takes
        /// pipeline input by value turns a hashtable into the text "System.Collections.Hashtable").</param>
        /// <param name="unknownKey">Told each key that names no parameter.</param>
        public static IDisposable Bind(PSCmdlet cmdlet, IDictionary row, bool overwrite = false, Action<string>? unknownKey = null)
        {
            var restore = new List<(PropertyInfo Property, object? Value)>();
            var scope = new RestoreScope(cmdlet, restore);
            try
            {
                var parameters = RowParameters(cmdlet, null);
                foreach (DictionaryEntry entry in row)
                {
                    var key = System.Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                    var parameter = Named(parameters, key);
                    if (parameter == null) unknownKey?.Invoke(key);
                    if (parameter == null || (!overwrite && cmdlet.MyInvocation.BoundParameters.ContainsKey(parameter.Name))) continue;
                    var value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
                    if (IsBlank(value)) continue;
                    var property = cmdlet.GetType().GetProperty(parameter.Name)!;
                    restore.Add((property, property.GetValue(cmdlet)));
                    property.SetValue(cmdlet, ConvertValue(key, Transformed(property, value), property.PropertyType));
                }

                return scope;
            }
            catch
            {
                scope.Dispose();
                throw;
            }
        }

        /// <summary>The parameters a row binds to (ValueFromPipelineByPropertyName), in <paramref name="set"/> when one is named.</summary>
        internal static List<ParameterMetadata> RowParameters(PSCmdlet cmdlet, string? set) =>
            cmdlet.MyInvocation.MyCommand.Parameters.Values
                .Where(p => p.ParameterSets.Values.Any(s => s.ValueFromPipelineByPropertyName))
                .Where(p => set == null || p.ParameterSets.ContainsKey(set) || p.ParameterSets.ContainsKey(ParameterAttribute.AllParameterSets))
                .ToList();

        /// <summary>The parameter a row's key or property names, by name or alias, whatever its case.</summary>
        internal static ParameterMetadata? Named(IEnumerable<ParameterMetadata> parameters, string key) =>
            parameters.FirstOrDefault(p => new[] { p.Name }.Concat(p.Aliases).Contains(key, StringComparer.OrdinalIgnoreCase));

        /// <summary>A cell that means "not given", as BlankIsNull reads it.</summary>
        internal static bool IsBlank(object? value) => value == null || (value is string text && text.Trim().Length == 0);

        /// <summary>The value after the parameter's own transformations, as PowerShell's binder applies them to a property.</summary>
        private static object? Transformed(PropertyInfo property, object? value)
        {
            foreach (var transformation in property.GetCustomAttributes<ArgumentTransformationAttribute>())
            {
                value = transformation.Transform(null!, value);
            }

            return value;
        }

        private static object? ConvertValue(string key, object? value, Type type)
        {
            try
            {
                return LanguagePrimitives.ConvertTo(value, type, CultureInfo.InvariantCulture);
            }
            catch (PSInvalidCastException ex)
            {
                throw new PSArgumentException(NotConvertible(key, value, type) + ": " + (ex.InnerException?.Message ?? ex.Message), key);
            }
        }

        /// <summary>What is wrong with a row's value for a parameter, in the words a CSV user knows (column, value, kind).</summary>
        internal static string NotConvertible(string name, object? value, Type type) =>
            "The " + name + " value '" + value + "' is not a " + TypeName(type);

        private static string TypeName(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(int) => "whole number",
            var t when t == typeof(string[]) => "list of text values",
            var t => t.Name,
        };

        private sealed class RestoreScope : IDisposable
        {
            private readonly PSCmdlet _cmdlet;
            private readonly List<(PropertyInfo Property, object? Value)> _restore;

            public RestoreScope(PSCmdlet cmdlet, List<(PropertyInfo Property, object? Value)> restore)
            {
                _cmdlet = cmdlet;
                _restore = restore;
            }

            public void Dispose()
            {
                foreach (var (property, value) in _restore) property.SetValue(_cmdlet, value);
                _restore.Clear();
            }
        }
    }
}
