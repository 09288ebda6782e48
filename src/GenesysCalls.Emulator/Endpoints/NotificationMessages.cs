using System.Text.Json;

namespace GenesysCalls.Emulator;

/// <summary>The text frames the notification WebSocket sends.</summary>
internal static class NotificationMessages
{
    public static readonly string Heartbeat = Serialize(new Dictionary<string, object?>
    {
        ["topicName"] = "channel.metadata",
        ["eventBody"] = new Dictionary<string, object?> { ["message"] = "WebSocket Heartbeat" },
    });

    public static readonly string Pong = Serialize(new Dictionary<string, object?>
    {
        ["topicName"] = "channel.metadata",
        ["eventBody"] = new Dictionary<string, object?> { ["message"] = "pong" },
    });

    public static string SocketClosing() => Envelope("v2.system.socket_closing",
        new Dictionary<string, object?> { ["message"] = "This WebSocket is closing for maintenance; connect again." });

    public static string CallEvent(string userId, CallMoment call) =>
        Envelope(CallTopic(userId), CallProjections.EventBody(call));

    public static string CallTopic(string userId) => "v2.users." + userId + ".conversations.calls";

    private static string Envelope(string topic, object body) => Serialize(new Dictionary<string, object?>
    {
        ["topicName"] = topic,
        ["version"] = "2",
        ["eventBody"] = body,
        ["metadata"] = new Dictionary<string, object?> { ["CorrelationId"] = Guid.NewGuid().ToString("D") },
    });

    private static string Serialize(object value) => JsonSerializer.Serialize(value, EmulatorJson.Options);
}
