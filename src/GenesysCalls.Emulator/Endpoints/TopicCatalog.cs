using System.Text.Json;
using System.Text.RegularExpressions;

namespace GenesysCalls.Emulator;

/// <summary>Reads a ChannelTopic[] body and judges each topic: valid, permitted or rejected.</summary>
internal static partial class TopicCatalog
{
    private static readonly HashSet<string> ChannelTopicFields = new() { "id", "state", "rejectionReason", "missingPermissions", "selfUri" };

    /// <summary>The permission a rejected v2.users.* subscription is said to miss (the real rule is not documented).</summary>
    public const string UserTopicPermission = "conversation:communication:view";

    public sealed record Rejection(string Topic, string Reason, IReadOnlyList<string> MissingPermissions);

    [GeneratedRegex(@"^v2\.[A-Za-z0-9_\-]+(\.[A-Za-z0-9_\-{}]+)*(\?[A-Za-z0-9_&]+)?$")]
    private static partial Regex TopicPattern();

    /// <summary>The topic names, or the error to answer.</summary>
    public static (List<string>? Topics, IResult? Error) Read(HttpContext c, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Array) return (null, GenesysErrors.InvalidValue(c, Shorten(body.GetRawText()), "List<ChannelTopic>"));
        var topics = new List<string>();
        foreach (var item in body.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object) return (null, GenesysErrors.InvalidValue(c, Shorten(item.GetRawText()), "ChannelTopic"));
            foreach (var property in item.EnumerateObject())
            {
                if (!ChannelTopicFields.Contains(property.Name)) return (null, GenesysErrors.InvalidProperty(c, property.Name, "ChannelTopic"));
            }

            var id = item.TryGetProperty("id", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
            if (!TopicPattern().IsMatch(id)) return (null, GenesysErrors.Create(c, 400, "notification.invalid.topic",
                "The subscription topic is not valid."));
            topics.Add(id);
        }

        return (topics, null);
    }

    public static Rejection? Judge(string topic, EmToken token, NotificationFaultSettings faults)
    {
        if (faults.RejectClientCredentialsSubscriptions && !token.IsUser && topic.StartsWith("v2.users.", StringComparison.OrdinalIgnoreCase))
        {
            return new Rejection(topic, "Not authorized for this topic.", new[] { UserTopicPermission });
        }

        return null;
    }

    public static Dictionary<string, object?> Permitted(string topic) => new() { ["id"] = topic, ["state"] = "Permitted" };

    public static Dictionary<string, object?> Rejected(Rejection rejection) => new()
    {
        ["id"] = rejection.Topic,
        ["state"] = "Rejected",
        ["rejectionReason"] = rejection.Reason,
        ["missingPermissions"] = rejection.MissingPermissions,
    };

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
