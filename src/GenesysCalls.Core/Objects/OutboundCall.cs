using System;

namespace GenesysCalls
{
    /// <summary>A call New-OutboundCall placed.</summary>
    public sealed class OutboundCall
    {
        internal OutboundCall(string conversationId, string? selfUri, string destination, string? onBehalfOf, string? fromQueueId, string endpoint,
            string? correlationId, CreateCallRequest request, object? input)
        {
            ConversationId = conversationId;
            SelfUri = selfUri;
            Destination = destination;
            OnBehalfOf = onBehalfOf;
            FromQueueId = fromQueueId;
            Endpoint = endpoint;
            CorrelationId = correlationId;
            Request = request;
            InputObject = input;
            PlacedAt = DateTimeOffset.Now;
        }

        public string ConversationId { get; }

        public string? SelfUri { get; }

        /// <summary>What was dialed: "phone +15551234567", "queue …", "user …", "conference of 3 participant(s)".</summary>
        public string Destination { get; }

        /// <summary>The agent whose station placed the call (POST /calls/user/{userId}); empty when the session's user placed it.</summary>
        public string? OnBehalfOf { get; }

        public string? FromQueueId { get; }

        /// <summary>The endpoint used, such as POST /api/v2/conversations/calls/user/{userId}.</summary>
        public string Endpoint { get; }

        public DateTimeOffset PlacedAt { get; }

        /// <summary>ININ-Correlation-Id of the create request, for Genesys support.</summary>
        public string? CorrelationId { get; }

        public CreateCallRequest Request { get; }

        /// <summary>The pipeline input (such as the CSV row) this call was made for.</summary>
        public object? InputObject { get; }

        public override string ToString() => ConversationId + " (" + Destination + ")";
    }
}
