using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCalls.Emulator;

internal static class EmulatorJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
