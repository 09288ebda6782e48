using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Management.Automation;

namespace GenesysCalls.Cmdlets.Hosting
{
    /// <summary>Turns PowerShell wrappers (PSObject, PSCustomObject) into plain dictionaries and lists the core understands.</summary>
    internal static class PSObjectConverter
    {
        public static object? ToPlain(object? value, int depth = 0)
        {
            if (depth > 64 || value == null) return value;
            if (value is PSObject wrapped)
            {
                if (wrapped.BaseObject is PSCustomObject)
                {
                    var map = new OrderedDictionary();
                    foreach (var property in wrapped.Properties)
                    {
                        map[property.Name] = ToPlain(property.Value, depth + 1);
                    }

                    return map;
                }

                value = wrapped.BaseObject;
            }

            switch (value)
            {
                case string _:
                    return value;
                case IDictionary dictionary:
                    var copy = new OrderedDictionary();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        copy[entry.Key] = ToPlain(entry.Value, depth + 1);
                    }

                    return copy;
                case IEnumerable items when !(value is System.IO.FileSystemInfo):
                    var list = new List<object?>();
                    foreach (var item in items)
                    {
                        list.Add(ToPlain(item, depth + 1));
                    }

                    return list;
                default:
                    return value;
            }
        }
    }
}
