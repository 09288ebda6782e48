using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace GenesysCalls
{
    /// <summary>A list property that reads as its items in Export-Csv and in strings ("a; b"), not as a type name.</summary>
    public sealed class ReadableList<T> : ReadOnlyCollection<T>
    {
        internal ReadableList(IEnumerable<T> items)
            : base(items.ToList())
        {
        }

        public override string ToString() => string.Join("; ", this);
    }

    /// <summary>A name-to-value property that reads as "name=value; ..." in Export-Csv and in strings.</summary>
    public sealed class ReadableMap<TValue> : ReadOnlyDictionary<string, TValue>
    {
        internal ReadableMap(IDictionary<string, TValue> items)
            : base(new Dictionary<string, TValue>(items))
        {
        }

        public override string ToString() => string.Join("; ", this.Select(pair => pair.Key + "=" + pair.Value));
    }
}
