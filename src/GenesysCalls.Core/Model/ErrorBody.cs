using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace GenesysCalls.Core.Model
{
    /// <summary>#/definitions/ErrorBody: the body of every non-2xx Platform API response.</summary>
    internal sealed class ErrorBody
    {
        [JsonPropertyName("message")] public string? Message { get; set; }
        [JsonPropertyName("code")] public string? Code { get; set; }
        [JsonPropertyName("status")] public int Status { get; set; }
        [JsonPropertyName("entityId")] public string? EntityId { get; set; }
        [JsonPropertyName("entityName")] public string? EntityName { get; set; }
        [JsonPropertyName("messageWithParams")] public string? MessageWithParams { get; set; }
        [JsonPropertyName("messageParams")] public Dictionary<string, string>? MessageParams { get; set; }
        [JsonPropertyName("contextId")] public string? ContextId { get; set; }
        [JsonPropertyName("details")] public List<ErrorDetail>? Details { get; set; }
        [JsonPropertyName("errors")] public List<ErrorBody>? Errors { get; set; }
    }

    /// <summary>#/definitions/Detail.</summary>
    internal sealed class ErrorDetail
    {
        [JsonPropertyName("errorCode")] public string? ErrorCode { get; set; }
        [JsonPropertyName("fieldName")] public string? FieldName { get; set; }
        [JsonPropertyName("entityId")] public string? EntityId { get; set; }
        [JsonPropertyName("entityName")] public string? EntityName { get; set; }
    }
}
