using System;
using System.Collections.Generic;

namespace GenesysCalls
{
    /// <summary>Where a callback is: waiting in its queue, offered to an agent, the agent's call, or over.</summary>
    public enum OutboundCallbackState
    {
        Scheduled,
        Offered,
        Dialing,
        Connected,
        Ended,
        Cancelled,
    }

    /// <summary>Get-OutboundCallback: a callback as it is now; once its call has ended, the outcome in Get-OutboundCall's words.</summary>
    public sealed class OutboundCallbackStatus
    {
        internal OutboundCallbackStatus(string conversationId, OutboundCallbackState state, string? queueId, string? agentId,
            DateTimeOffset? scheduledTime, IEnumerable<string> numbers, string? name, OutboundCallStatus? call, OutboundCallback? callback)
        {
            ConversationId = conversationId;
            StateValue = state;
            QueueId = queueId;
            AgentId = agentId;
            ScheduledTime = scheduledTime;
            Numbers = new ReadableList<string>(numbers);
            Name = name;
            Call = call;
            Callback = callback;
        }

        public string ConversationId { get; }

        /// <summary>Whom it is about: the number its agent's call dialled once known, else the first of Numbers (the one dialled first).</summary>
        public string? Destination => Call?.DialedAddress ?? (Numbers.Count > 0 ? Numbers[0] : null);

        /// <summary>Scheduled, Offered, Dialing, Connected, Ended or Cancelled (text, so ConvertTo-Json and Export-Csv write the word).</summary>
        public string State => StateValue.ToString();

        internal OutboundCallbackState StateValue { get; }

        public string? QueueId { get; }

        /// <summary>The agent it was offered to, once known.</summary>
        public string? AgentId { get; }

        /// <summary>When it is (or was) due, in local time.</summary>
        public DateTimeOffset? ScheduledTime { get; }

        public ReadableList<string> Numbers { get; }

        public string? Name { get; }

        /// <summary>Answered, NoAnswer, Busy, Rejected, Failed or Unknown once the agent's call has ended; empty before.</summary>
        public string? Outcome => Call?.Outcome;

        public TimeSpan TalkTime => Call?.TalkTime ?? TimeSpan.Zero;

        public string? DisconnectedBy => Call?.DisconnectedBy;

        public int? Q850Code => Call?.Q850Code;

        public int? SipCode => Call?.SipCode;

        /// <summary>The agent's call for this callback (same conversation id), once dialed.</summary>
        public OutboundCallStatus? Call { get; }

        /// <summary>The OutboundCallback this status is about, when it was piped in (it carries the input row).</summary>
        public OutboundCallback? Callback { get; }

        public override string ToString() => ConversationId + ": " + State + (Outcome != null ? " (" + Outcome + ")" : string.Empty);
    }
}
