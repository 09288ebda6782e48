using System;
using System.Collections.Generic;
using System.Linq;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>Reads a set of merged legs as one call: state, outcome, times, who hung up and why.</summary>
    internal sealed class StatusView
    {
        public StatusView(IReadOnlyList<LegObservation> legs, string? callerUserId)
        {
            Caller = LegRoles.Caller(legs, callerUserId);
            Remote = LegRoles.Remote(legs, Caller);
            State = StateOf(legs);
            var answered = Remote?.WasConnected == true;
            if (answered) AnsweredAt = Remote!.ConnectedAt;
            var reasonLegs = new[] { Remote, Caller }.Where(l => l != null).Select(l => l!).Concat(legs).ToList();
            Q850Code = reasonLegs.Select(l => l.Q850Code).FirstOrDefault(c => c != null);
            SipCode = reasonLegs.Select(l => l.SipCode).FirstOrDefault(c => c != null);
            ErrorCode = reasonLegs.Select(l => l.ErrorCode).FirstOrDefault(c => c != null);
            if (State != OutboundCallState.Ended) return;

            EndedAt = Remote?.EndedAt ?? legs.Select(l => l.EndedAt).Where(t => t != null).Max();
            if (AnsweredAt != null && EndedAt != null && EndedAt > AnsweredAt) TalkTime = EndedAt.Value - AnsweredAt.Value;
            DisconnectType = (Remote ?? Caller)?.DisconnectType ?? Caller?.DisconnectType;
            DisconnectedBy = WhoEnded();
            Outcome = answered ? OutboundCallOutcome.Answered : OutcomeRules.Unanswered(Q850Code, SipCode, ErrorCode, DisconnectType);
        }

        public LegObservation? Caller { get; }
        public LegObservation? Remote { get; }
        public OutboundCallState State { get; }
        public OutboundCallOutcome? Outcome { get; }
        public DateTimeOffset? AnsweredAt { get; }
        public DateTimeOffset? EndedAt { get; }
        public TimeSpan TalkTime { get; } = TimeSpan.Zero;
        public CallDisconnectType? DisconnectType { get; }
        public CallParty? DisconnectedBy { get; }
        public int? Q850Code { get; }
        public int? SipCode { get; }
        public string? ErrorCode { get; }

        private OutboundCallState StateOf(IReadOnlyList<LegObservation> legs)
        {
            if (legs.Count > 0 && legs.All(l => l.Phase == LegPhase.Ended)) return OutboundCallState.Ended;
            if (Remote?.Phase == LegPhase.Ended && !IsTransfer(Remote.DisconnectType)) return OutboundCallState.Ended;
            if (Remote?.Phase >= LegPhase.Connected) return OutboundCallState.Connected;
            if (Remote?.Phase == LegPhase.Ringing || Caller?.Phase == LegPhase.Ringing) return OutboundCallState.Ringing;
            return OutboundCallState.Dialing;
        }

        /// <summary>
        /// A leg's own side ending it (client or endpoint) is the strongest evidence; "peer" on a leg points at the other
        /// party; anything else on the call's two legs is the platform.
        /// </summary>
        private CallParty? WhoEnded()
        {
            var sides = new List<(LegObservation Leg, CallParty Party, CallParty Other)>();
            if (Remote?.DisconnectType != null) sides.Add((Remote, CallParty.Customer, CallParty.Agent));
            if (Caller?.DisconnectType != null) sides.Add((Caller, CallParty.Agent, CallParty.Customer));
            if (sides.Count == 0) return null;
            var own = sides.Where(s => DisconnectTypes.IsOwnSide(s.Leg.DisconnectType!.Value))
                .OrderBy(s => s.Leg.EndedAt ?? DateTimeOffset.MaxValue).ToList();
            if (own.Count > 0) return own[0].Party;
            // Both legs blaming the other is no evidence for either side.
            var peers = sides.Where(s => s.Leg.DisconnectType == CallDisconnectType.Peer).ToList();
            if (peers.Count != 1) return CallParty.System;
            // Unless the blamed leg says the platform ended it (a dialling timeout, an error); its "system" is too vague to
            // outweigh the peer's word.
            var blamed = sides.Where(s => s.Party == peers[0].Other).Select(s => s.Leg.DisconnectType).FirstOrDefault();
            return blamed is CallDisconnectType.Timeout or CallDisconnectType.Error or CallDisconnectType.TransportFailure
                or CallDisconnectType.Uncallable ? CallParty.System : peers[0].Other;
        }

        private static bool IsTransfer(CallDisconnectType? type) =>
            type is CallDisconnectType.Transfer or CallDisconnectType.TransferConference or CallDisconnectType.TransferConsult
                or CallDisconnectType.TransferForward;
    }
}
