using System.Text.Json;
using System.Text.Json.Nodes;

namespace GenesysCalls.Core.Outbound
{
    /// <summary>
    /// A campaign exactly as the service sent it. An update (PUT) replaces the whole campaign, so the body is this document
    /// with only campaignStatus changed: fields this module does not model are sent back untouched, and version is the one read.
    /// </summary>
    internal sealed class CampaignDocument
    {
        private readonly JsonElement _element;

        public CampaignDocument(JsonElement element)
        {
            _element = element;
        }

        public string? Id => Text("id");

        public string? Name => Text("name");

        public string? Status => Text("campaignStatus");

        public int? Version => _element.ValueKind == JsonValueKind.Object && _element.TryGetProperty("version", out var v)
            && v.TryGetInt32(out var n) ? n : (int?)null;

        public string WithStatus(string status)
        {
            var node = JsonNode.Parse(_element.GetRawText())!.AsObject();
            node["campaignStatus"] = status;
            return node.ToJsonString();
        }

        private string? Text(string name) =>
            _element.ValueKind == JsonValueKind.Object && _element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString() : null;
    }
}
