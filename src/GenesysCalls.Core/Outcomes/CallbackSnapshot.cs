using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>A CallbackConversation (GET /api/v2/conversations/callbacks/{id}) read down to what the cmdlets need.</summary>
    internal sealed class CallbackSnapshot
    {
        private CallbackSnapshot(string conversationId, JsonElement conversation)
        {
            ConversationId = conversationId;
            var participants = conversation.TryGetProperty("participants", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().ToList() : new System.Collections.Generic.List<JsonElement>();
            var customer = participants.FirstOrDefault(p => Text(p, "purpose") == "customer");
            var agent = participants.FirstOrDefault(p => Text(p, "purpose") == "agent");
            var acd = participants.FirstOrDefault(p => Text(p, "purpose") == "acd");
            CallbackId = Text(customer, "id");
            QueueId = Id(customer, "queue") ?? Id(acd, "queue") ?? Id(agent, "queue");
            Numbers = customer.ValueKind == JsonValueKind.Object && customer.TryGetProperty("callbackNumbers", out var numbers)
                && numbers.ValueKind == JsonValueKind.Array
                ? numbers.EnumerateArray().Select(n => n.GetString() ?? string.Empty).ToArray() : new string[0];
            Name = Text(customer, "callbackUserName");
            ScheduledTime = CallbackTimes.Parse(Text(customer, "callbackScheduledTime"));
            AgentId = Id(agent, "user");
            AgentState = Text(agent, "state");
            DialledAt = CallbackTimes.Parse(Text(agent, "connectedTime"));
            var dialled = DialledAt != null || Text(agent, "connectedTime") != null;
            CustomerEnded = Text(customer, "state") is "disconnected" or "terminated";
            Cancelled = CustomerEnded && !dialled;
            Dialled = dialled;
        }

        public string ConversationId { get; }

        /// <summary>The customer participant's id: the callbackId a bulk disconnect names.</summary>
        public string? CallbackId { get; }
        public string? QueueId { get; }
        public string[] Numbers { get; }
        public string? Name { get; }
        public DateTimeOffset? ScheduledTime { get; }
        public string? AgentId { get; }
        public string? AgentState { get; }
        public bool CustomerEnded { get; }

        /// <summary>When the agent's leg connected (the call was placed then); empty before, or when the service did not say.</summary>
        public DateTimeOffset? DialledAt { get; }

        /// <summary>Ended before any agent dialled it.</summary>
        public bool Cancelled { get; }

        /// <summary>An agent has taken it: its call (same conversation id) is the rest of the story.</summary>
        public bool Dialled { get; }

        /// <summary>Where it is before the call counts: Scheduled, Offered or Cancelled; null once dialled.</summary>
        public OutboundCallbackState? StateBeforeCall => Cancelled ? OutboundCallbackState.Cancelled : Dialled ? (OutboundCallbackState?)null
            : AgentState is "alerting" or "offering" ? OutboundCallbackState.Offered : OutboundCallbackState.Scheduled;

        public static async Task<CallbackSnapshot> ReadAsync(GenesysApiClient api, IApiLog log, string conversationId,
            CancellationToken cancellationToken)
        {
            var response = await api.SendAsync(ApiRequest.Get("/api/v2/conversations/callbacks/" + Uri.EscapeDataString(conversationId)),
                GenesysJsonContext.Default.JsonElement, log, cancellationToken).ConfigureAwait(false);
            return new CallbackSnapshot(conversationId, response.Value);
        }

        private static string? Text(JsonElement element, string name) => element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static string? Id(JsonElement element, string name) => element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty(name, out var value) ? Text(value, "id") : null;
    }
}
