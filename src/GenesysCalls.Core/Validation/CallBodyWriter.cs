using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GenesysCalls.Core.Validation
{
    /// <summary>Writes a CreateCallRequest body from the field table: every field that has a value, in the table's order.</summary>
    internal static class CallBodyWriter
    {
        // A request body is not HTML: '+' and other HTML-sensitive characters stay as typed (-Debug output, Export-Csv).
        private static readonly JsonWriterOptions Options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static string Write(CreateCallRequest request) => Write(field => field.Get(request));

        /// <summary>The body whose fields have the values <paramref name="valueOf"/> gives (null: not sent).</summary>
        public static string Write(Func<CallField<CreateCallRequest>, object?> valueOf) => Write(CallPayloadFields.Root, valueOf);

        /// <summary>Any body of a field table (CreateCallbackCommand, RoutingData) with its values.</summary>
        public static string Write<T>(IEnumerable<CallField<T>> fields, T body) => Write(fields, field => field.Get(body));

        public static string Write<T>(IEnumerable<CallField<T>> fields, Func<CallField<T>, object?> valueOf)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, Options))
            {
                WriteObject(writer, fields, valueOf);
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }

        private static void WriteObject<T>(Utf8JsonWriter writer, IEnumerable<CallField<T>> fields, Func<CallField<T>, object?> valueOf)
        {
            writer.WriteStartObject();
            foreach (var field in fields)
            {
                if (valueOf(field) is { } value) WriteField(writer, field.Name, field.Kind, value);
            }

            writer.WriteEndObject();
        }

        private static void WriteField(Utf8JsonWriter writer, string name, FieldKind kind, object value)
        {
            writer.WritePropertyName(name);
            switch (kind)
            {
                case FieldKind.Int32:
                    writer.WriteNumberValue((int)value);
                    break;
                case FieldKind.StringMap:
                    writer.WriteStartObject();
                    foreach (var entry in (IReadOnlyDictionary<string, string>)value) writer.WriteString(entry.Key, entry.Value);
                    writer.WriteEndObject();
                    break;
                case FieldKind.Boolean:
                    writer.WriteBooleanValue((bool)value);
                    break;
                case FieldKind.RoutingData:
                    WriteObject(writer, CallbackPayloadFields.Routing, field => field.Get((CallbackRoutingData)value));
                    break;
                case FieldKind.ObjectArray:
                    using (var document = JsonDocument.Parse((string)value)) document.RootElement.WriteTo(writer);
                    break;
                case FieldKind.IdArray:
                case FieldKind.DialStringArray:
                case FieldKind.TextArray:
                    writer.WriteStartArray();
                    foreach (var item in (IEnumerable<string>)value) writer.WriteStringValue(item);
                    writer.WriteEndArray();
                    break;
                case FieldKind.Participants:
                    writer.WriteStartArray();
                    foreach (var participant in (IEnumerable<Destination?>)value) WriteParticipant(writer, participant);
                    writer.WriteEndArray();
                    break;
                default:
                    writer.WriteStringValue((string)value);
                    break;
            }
        }

        private static void WriteParticipant(Utf8JsonWriter writer, Destination? participant)
        {
            if (participant == null)
            {
                writer.WriteNullValue();
                return;
            }

            WriteObject(writer, CallPayloadFields.Participant, field => field.Get(participant));
        }
    }
}
