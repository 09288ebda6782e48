using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace GenesysCalls.Core.Commands
{
    /// <summary>One thing Test-CallPayload is given: JSON text (whole, or a piped line), a path and its files, a row, an object.</summary>
    internal sealed class PayloadInput
    {
        private PayloadInput(PayloadInputKind kind, string? text = null, IReadOnlyList<string>? resolved = null, object? value = null)
        {
            Kind = kind;
            Text = text;
            Resolved = resolved;
            Value = value;
        }

        public PayloadInputKind Kind { get; }

        /// <summary>The JSON text, or the path as it was asked for.</summary>
        public string? Text { get; }

        /// <summary>The files a path resolved to (empty when it matched none).</summary>
        public IReadOnlyList<string>? Resolved { get; }

        /// <summary>The row (a dictionary of cells) or the object.</summary>
        public object? Value { get; }

        public static PayloadInput Json(string json) => new PayloadInput(PayloadInputKind.Json, json);

        /// <summary>A string from the pipeline: a whole body, or one line of a body (Get-Content).</summary>
        public static PayloadInput PipedJson(string text) => new PayloadInput(PayloadInputKind.PipedJson, text);

        /// <param name="resolved">The files a wildcard path matched; null to resolve it with the checker's resolver.</param>
        public static PayloadInput Path(string requested, IReadOnlyList<string>? resolved) =>
            new PayloadInput(PayloadInputKind.Path, requested, resolved);

        /// <summary>A path used exactly as given (no wildcards), resolved to a file by the checker's resolver.</summary>
        public static PayloadInput LiteralPath(string path) => new PayloadInput(PayloadInputKind.LiteralPath, path);

        /// <summary>A table row: a CSV row's cells (read as a row: blank is not given), or a hashtable's (<paramref name="asTyped"/>).</summary>
        public static PayloadInput Row(IReadOnlyList<KeyValuePair<string, object?>> cells, bool asTyped) =>
            new PayloadInput(asTyped ? PayloadInputKind.TypedRow : PayloadInputKind.Row, value: cells);

        /// <summary>A row given as a dictionary of cells (tests).</summary>
        public static PayloadInput Row(IDictionary row) => Row(row.Cast<DictionaryEntry>()
            .Select(e => new KeyValuePair<string, object?>(e.Key.ToString() ?? string.Empty, e.Value)).ToList(), asTyped: false);

        public static PayloadInput Object(object? value) => new PayloadInput(PayloadInputKind.Object, value: value);
    }

    internal enum PayloadInputKind
    {
        Json,
        PipedJson,
        Path,
        LiteralPath,
        Row,
        TypedRow,
        Object,
    }
}
