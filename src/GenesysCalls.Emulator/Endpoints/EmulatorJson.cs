using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCalls.Emulator;

/// <summary>The JSON settings of every body the emulator writes: null members are left out, as the service does.</summary>
internal static class EmulatorJson
{
    public static readonly JsonSerializerOptions Options = Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Also applied to the host's options, so a Results.Json without options writes the same way.</summary>
    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new NullOmittingDictionary());
        return options;
    }

    /// <summary>WhenWritingNull covers properties only; the projections are dictionaries, whose null values it would still write.</summary>
    private sealed class NullOmittingDictionary : JsonConverter<Dictionary<string, object?>>
    {
        public override Dictionary<string, object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonElement.ParseValue(ref reader).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());

        public override void Write(Utf8JsonWriter writer, Dictionary<string, object?> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (key, member) in value)
            {
                if (member == null) continue;
                writer.WritePropertyName(key);
                JsonSerializer.Serialize(writer, member, member.GetType(), options);
            }

            writer.WriteEndObject();
        }
    }
}
