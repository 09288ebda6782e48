using System.Text.Json.Serialization;
using GenesysCalls.Core.Model;

namespace GenesysCalls.Core.Json
{
    /// <summary>The analytics store's shapes, kept apart from <see cref="GenesysJsonContext"/>: only following calls reads them.</summary>
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(AnalyticsConversationList))]
    internal sealed partial class AnalyticsJsonContext : JsonSerializerContext
    {
    }
}
