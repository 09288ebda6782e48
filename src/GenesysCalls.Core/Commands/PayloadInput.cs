using System.Collections;
using System.Collections.Generic;

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

        public static PayloadInput Path(string requested, IReadOnlyList<string> resolved) =>
            new PayloadInput(PayloadInputKind.Path, requested, resolved);

        /// <summary>A table row (a CSV row's cells).</summary>
        public static PayloadInput Row(IDictionary row) => new PayloadInput(PayloadInputKind.Row, value: row);

        public static PayloadInput Object(object? value) => new PayloadInput(PayloadInputKind.Object, value: value);
    }

    internal enum PayloadInputKind
    {
        Json,
        PipedJson,
        Path,
        Row,
        Object,
    }
}
