using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GenesysCalls.Core.Json
{
    /// <summary>Writes hashtables, lists and scalars as JSON, so that a hashtable payload is checked exactly like a JSON one.</summary>
    internal static class ObjectJsonWriter
    {
        private const int MaxDepth = 64;

        public static string Write(object? value)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                WriteValue(writer, value, 0);
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }

        private static void WriteValue(Utf8JsonWriter writer, object? value, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new InvalidDataException("The object nests deeper than " + MaxDepth + " levels.");
            }

            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case string text:
                    writer.WriteStringValue(text);
                    break;
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    break;
                case char c:
                    writer.WriteStringValue(c.ToString());
                    break;
                case int or long or short or byte or sbyte or ushort or uint or ulong:
                    writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                    break;
                case decimal number:
                    writer.WriteRawValue(number.ToString(CultureInfo.InvariantCulture));
                    break;
                case double or float:
                    var real = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                    if (double.IsNaN(real) || double.IsInfinity(real)) writer.WriteStringValue(real.ToString(CultureInfo.InvariantCulture));
                    else writer.WriteRawValue(real.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case Guid id:
                    writer.WriteStringValue(id.ToString("D"));
                    break;
                case CreateCallRequest request:
                    writer.WriteRawValue(request.ToJson());
                    break;
                case IDictionary map:
                    writer.WriteStartObject();
                    foreach (DictionaryEntry entry in map)
                    {
                        writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                        WriteValue(writer, entry.Value, depth + 1);
                    }

                    writer.WriteEndObject();
                    break;
                case IEnumerable items:
                    writer.WriteStartArray();
                    foreach (var item in items)
                    {
                        WriteValue(writer, item, depth + 1);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    writer.WriteStringValue(InvariantText.Of(value));
                    break;
            }
        }
    }
}
