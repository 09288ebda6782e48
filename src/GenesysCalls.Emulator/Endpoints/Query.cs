namespace GenesysCalls.Emulator;

internal static class Query
{
    /// <summary>A multi-valued parameter (id=a&amp;id=b), also tolerating comma-separated values as the parameter texts describe.</summary>
    public static List<string> Multi(HttpContext context, string name) =>
        context.Request.Query[name].SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0).ToList();

    public static int Int(HttpContext context, string name, int fallback) =>
        int.TryParse(context.Request.Query[name].ToString(), out var value) ? value : fallback;

    public static ISet<string> Expand(HttpContext context) => new HashSet<string>(Multi(context, "expand"), StringComparer.OrdinalIgnoreCase);

    public static object Page<T>(IReadOnlyList<T> all, int pageSize, int pageNumber, Func<T, object> project, string path)
    {
        var entities = all.Skip((pageNumber - 1) * pageSize).Take(pageSize).Select(project).ToList();
        var pageCount = (int)Math.Ceiling(all.Count / (double)pageSize);
        return new Dictionary<string, object?>
        {
            ["entities"] = entities,
            ["pageSize"] = pageSize,
            ["pageNumber"] = pageNumber,
            ["total"] = all.Count,
            ["pageCount"] = pageCount,
            ["firstUri"] = $"{path}?pageSize={pageSize}&pageNumber=1",
            ["lastUri"] = $"{path}?pageSize={pageSize}&pageNumber={Math.Max(1, pageCount)}",
            ["nextUri"] = pageNumber < pageCount ? $"{path}?pageSize={pageSize}&pageNumber={pageNumber + 1}" : null,
            ["previousUri"] = pageNumber > 1 ? $"{path}?pageSize={pageSize}&pageNumber={pageNumber - 1}" : null,
            ["selfUri"] = $"{path}?pageSize={pageSize}&pageNumber={pageNumber}",
        };
    }
}
