using System;
using System.Collections.Generic;
using GenesysCalls.Core.Calls;

namespace GenesysCalls
{
    /// <summary>A callback New-OutboundCallback created: its conversation waits in the queue until an agent dials it.</summary>
    public sealed class OutboundCallback
    {
        internal OutboundCallback(string conversationId, string? callbackId, CreateCallbackCommand request, string? correlationId, object? input)
        {
            ConversationId = conversationId;
            CallbackId = callbackId;
            Request = request;
            QueueId = request.TargetQueueId;
            ScheduledTime = CallbackTimes.Parse(request.CallbackScheduledTime);
            Numbers = new ReadableList<string>(request.CallbackNumbers ?? new List<string>());
            Name = request.CallbackUserName;
            CorrelationId = correlationId;
            InputObject = input;
            CreatedAt = DateTimeOffset.Now;
        }

        public string ConversationId { get; }

        public string? QueueId { get; }

        /// <summary>When it is due, in local time; empty when it was due at once.</summary>
        public DateTimeOffset? ScheduledTime { get; }

        public ReadableList<string> Numbers { get; }

        /// <summary>The party to call back (callbackUserName).</summary>
        public string? Name { get; }

        /// <summary>The callback's own identifier (callbackIdentifiers, type EXTERNAL): Stop-OutboundCallback sends it.</summary>
        public string? CallbackId { get; }

        public DateTimeOffset CreatedAt { get; }

        /// <summary>ININ-Correlation-Id of the create request, for Genesys support.</summary>
        public string? CorrelationId { get; }

        public CreateCallbackCommand Request { get; }

        /// <summary>The pipeline input (such as the CSV row) this callback was made for.</summary>
        public object? InputObject { get; }

        public override string ToString() => ConversationId + " (" + string.Join(", ", Numbers) + ")";
    }
}
