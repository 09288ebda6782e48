using System;
using System.Collections.Generic;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Outcomes;

namespace GenesysCalls
{
    /// <summary>A followed call as it is now: Get-OutboundCall, Wait-OutboundCall. Outcome and reasons fill in when it ends.</summary>
    public sealed class OutboundCallStatus
    {
        internal OutboundCallStatus(string conversationId, OutboundCall? call, string? callerHint, IReadOnlyList<LegObservation> legs,
            bool hasDisconnectReasons)
        {
            ConversationId = conversationId;
            Call = call;
            CallerHint = callerHint;
            Legs = legs;
            HasDisconnectReasons = hasDisconnectReasons;
            var view = new StatusView(legs, callerHint);
            StateValue = view.State;
            Destination = call?.Destination ?? DestinationText.OfLeg(view.Remote?.UserId, view.Remote?.Address);
            DialedAddress = view.Remote?.Address;
            OnBehalfOf = call?.OnBehalfOf ?? view.Caller?.UserId;
            OutcomeValue = view.Outcome;
            AnsweredAt = view.AnsweredAt?.ToLocalTime();
            EndedAt = view.EndedAt?.ToLocalTime();
            TalkTime = view.TalkTime;
            DisconnectTypeValue = view.DisconnectType;
            DisconnectedByValue = view.DisconnectedBy;
            Q850Code = view.Q850Code;
            SipCode = view.SipCode;
            ErrorCode = view.ErrorCode;
        }

        public string ConversationId { get; }

        /// <summary>What was dialed, as New-OutboundCall writes it ('phone +1...', 'user ...'), whether from the call or its remote leg.</summary>
        public string? Destination { get; }

        /// <summary>The remote leg's address as the service gives it (the number a callback's agent dialled).</summary>
        internal string? DialedAddress { get; }

        /// <summary>The agent (user id) whose station placed the call.</summary>
        public string? OnBehalfOf { get; }

        /// <summary>Dialing, Ringing, Connected or Ended (text, so ConvertTo-Json and Export-Csv write the word).</summary>
        public string State => StateValue.ToString();

        internal OutboundCallState StateValue { get; }

        /// <summary>Answered, NoAnswer, Busy, Rejected, Failed or Unknown; empty until the call has ended.</summary>
        public string? Outcome => OutcomeValue?.ToString();

        internal OutboundCallOutcome? OutcomeValue { get; }

        public DateTimeOffset? AnsweredAt { get; }

        public DateTimeOffset? EndedAt { get; }

        /// <summary>From answer to end; zero until an answered call has ended.</summary>
        public TimeSpan TalkTime { get; }

        /// <summary>The destination leg's disconnectType (else the agent leg's), in one vocabulary whatever the source spelled.</summary>
        public string? DisconnectType => DisconnectTypeValue?.ToString();

        internal CallDisconnectType? DisconnectTypeValue { get; }

        /// <summary>Agent, Customer or System.</summary>
        public string? DisconnectedBy => DisconnectedByValue?.ToString();

        internal CallParty? DisconnectedByValue { get; }

        public int? Q850Code { get; }

        public int? SipCode { get; }

        /// <summary>The errorInfo code of a call that ended in error.</summary>
        public string? ErrorCode { get; }

        /// <summary>The OutboundCall this status follows (it carries the input row); empty when only an id was given.</summary>
        public OutboundCall? Call { get; }

        internal string? CallerHint { get; }

        internal IReadOnlyList<LegObservation> Legs { get; }

        /// <summary>The conversation details (Q.850/SIP reasons) have been read into this status.</summary>
        internal bool HasDisconnectReasons { get; }

        internal bool IsAnswered => AnsweredAt != null || StateValue == OutboundCallState.Connected || OutcomeValue == OutboundCallOutcome.Answered;

        internal static OutboundCallStatus Initial(string conversationId, OutboundCall? call, string? callerHint) =>
            new OutboundCallStatus(conversationId, call, call?.OnBehalfOf ?? callerHint, new LegObservation[0], false);

        public override string ToString() => ConversationId + ": " + State + (Outcome != null ? " (" + Outcome + ")" : string.Empty);
    }
}
