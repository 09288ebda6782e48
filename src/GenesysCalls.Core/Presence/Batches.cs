using System.Collections.Generic;

namespace GenesysCalls.Core.Presence
{
    internal static class Batches
    {
        public static IEnumerable<List<T>> Of<T>(IEnumerable<T> items, int size)
        {
            var batch = new List<T>(size);
            foreach (var item in items)
            {
                batch.Add(item);
                if (batch.Count == size)
                {
                    yield return batch;
                    batch = new List<T>(size);
                }
            }

            if (batch.Count > 0) yield return batch;
        }
    }
}
