using System.Text.Json;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Model;
using GenesysCalls.Core.Outcomes;

namespace GenesysCalls.Tests.Outcomes
{
    /// <summary>Call JSON shaped as the definition's CallConversation (REST and event body) and Conversation (details).</summary>
    internal static class CannedCalls
    {
        public const string ConversationId = "c0ffee00-0000-4000-8000-000000000001";
        public const string AgentId = "a9e47000-0000-4000-8000-00000000000a";
        public const string AgentLeg = "p-agent";
        public const string CustomerLeg = "p-customer";
        public static readonly DateTimeOffset T0 = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

        public static string At(double seconds) => T0.AddSeconds(seconds).ToString("yyyy-MM-ddTHH:mm:ss.fffZ");

        /// <summary>A participant of CallConversation; null arguments are left out of the JSON.</summary>
        public static Dictionary<string, object?> Leg(string id, string purpose, string state, string? userId = null, double? connected = null,
            double? ended = null, string? disconnectType = null, string? errorCode = null, string? address = null)
        {
            var leg = new Dictionary<string, object?> { ["id"] = id, ["purpose"] = purpose, ["state"] = state, ["startTime"] = At(0) };
            if (userId != null) leg["user"] = new Dictionary<string, object?> { ["id"] = userId, ["selfUri"] = "/api/v2/users/" + userId };
            if (connected != null) leg["connectedTime"] = At(connected.Value);
            if (ended != null) leg["endTime"] = At(ended.Value);
            if (disconnectType != null) leg["disconnectType"] = disconnectType;
            if (errorCode != null) leg["errorInfo"] = new Dictionary<string, object?> { ["message"] = "failed", ["code"] = errorCode };
            if (address != null) leg["address"] = address;
            return leg;
        }

        public static Dictionary<string, object?> Agent(string state, double? connected = null, double? ended = null,
            string? disconnectType = null) =>
            Leg(AgentLeg, "user", state, AgentId, connected, ended, disconnectType, address: "sip:agent@example");

        public static Dictionary<string, object?> Customer(string state, double? connected = null, double? ended = null,
            string? disconnectType = null,
            string? errorCode = null) =>
            Leg(CustomerLeg, "external", state, null, connected, ended, disconnectType, errorCode, "tel:+15550100003");

        public static string CallJson(params Dictionary<string, object?>[] legs) =>
            JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["id"] = ConversationId, ["participants"] = legs,
                ["recordingState"] = "none"
            });

        public static CallSnapshot Snapshot(params Dictionary<string, object?>[] legs) =>
            SnapshotReader.FromCallConversation(JsonSerializer.Deserialize(CallJson(legs), GenesysJsonContext.Default.CallConversation)!);

        /// <summary>GET /api/v2/conversations/{id}: participants[].calls[] with disconnectReasons.</summary>
        public static CallSnapshot Details(int? customerQ850, int? customerSip = null, string agentType = "peer", string customerType = "endpoint",
            double? connected = null, double ended = 5, string? errorCode = null)
        {
            object Reasons(int? q850, int? sip)
            {
                var list = new List<object>();
                if (q850 != null) list.Add(new { type = "q850", code = q850, phrase = "cause" });
                if (sip != null) list.Add(new { type = "sip", code = sip, phrase = "status" });
                return list;
            }

            var customerCall = new Dictionary<string, object?>
            {
                ["id"] = "call-c", ["state"] = "disconnected", ["direction"] = "outbound", ["disconnectType"] = customerType,
                ["disconnectedTime"] = At(ended), ["disconnectReasons"] = Reasons(customerQ850, customerSip),
            };
            if (connected != null) customerCall["connectedTime"] = At(connected.Value);
            if (errorCode != null) customerCall["errorInfo"] = new { message = "failed", code = errorCode };
            var json = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["id"] = ConversationId,
                ["startTime"] = At(0),
                ["participants"] = new object[]
                {
                    new Dictionary<string, object?>
                    {
                        ["id"] = AgentLeg, ["purpose"] = "user", ["userId"] = AgentId, ["startTime"] = At(0), ["endTime"] = At(ended),
                        ["calls"] = new[] { new { id = "call-a", state = "terminated", direction = "inbound", disconnectType = agentType } },
                    },
                    new Dictionary<string, object?>
                    {
                        ["id"] = CustomerLeg, ["purpose"] = "external", ["address"] = "tel:+15550100003", ["startTime"] = At(0),
                        ["endTime"] = At(ended), ["calls"] = new[] { customerCall },
                    },
                },
            });
            return SnapshotReader.FromConversation(JsonSerializer.Deserialize(json, GenesysJsonContext.Default.Conversation)!);
        }

        public static OutboundCallStatus Start(string? callerHint = AgentId) => OutboundCallStatus.Initial(ConversationId, null, callerHint);

        /// <summary>Every public property as text, to compare two statuses as a user would see them.</summary>
        public static string Describe(OutboundCallStatus s) => string.Join("|", s.ConversationId, s.Destination, s.OnBehalfOf, s.State, s.Outcome,
            s.AnsweredAt?.UtcTicks, s.EndedAt?.UtcTicks, s.TalkTime, s.DisconnectType, s.DisconnectedBy, s.Q850Code, s.SipCode, s.ErrorCode);
    }
}
