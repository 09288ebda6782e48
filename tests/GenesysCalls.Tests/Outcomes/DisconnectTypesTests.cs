using GenesysCalls.Core.Outcomes;
using Xunit;

namespace GenesysCalls.Tests.Outcomes
{
    public class DisconnectTypesTests
    {
        // Every value of the five enums in call-lifecycle-facts.md: CallMediaParticipant (REST), Call (REST details),
        // the notification event, the analytics segment and the detail events.
        [Theory]
        [InlineData("endpoint", CallDisconnectType.Endpoint)]
        [InlineData("endpoint.donotdisturb", CallDisconnectType.EndpointDoNotDisturb)]
        [InlineData("client", CallDisconnectType.Client)]
        [InlineData("system", CallDisconnectType.System)]
        [InlineData("transfer", CallDisconnectType.Transfer)]
        [InlineData("transfer.conference", CallDisconnectType.TransferConference)]
        [InlineData("transfer.consult", CallDisconnectType.TransferConsult)]
        [InlineData("transfer.donotdisturb", CallDisconnectType.TransferDoNotDisturb)]
        [InlineData("transfer.forward", CallDisconnectType.TransferForward)]
        [InlineData("transfer.noanswer", CallDisconnectType.TransferNoAnswer)]
        [InlineData("transfer.notavailable", CallDisconnectType.TransferNotAvailable)]
        [InlineData("transport.failure", CallDisconnectType.TransportFailure)]
        [InlineData("error", CallDisconnectType.Error)]
        [InlineData("peer", CallDisconnectType.Peer)]
        [InlineData("other", CallDisconnectType.Other)]
        [InlineData("spam", CallDisconnectType.Spam)]
        [InlineData("inactivity", CallDisconnectType.Inactivity)]
        [InlineData("session.expired", CallDisconnectType.SessionExpired)]
        [InlineData("takeover", CallDisconnectType.Takeover)]
        [InlineData("timeout", CallDisconnectType.Timeout)]
        [InlineData("uncallable", CallDisconnectType.Uncallable)]
        public void Rest_spellings(string raw, CallDisconnectType expected) => Assert.Equal(expected, DisconnectTypes.Parse(raw));

        [Theory]
        [InlineData("endpoint.dnd", CallDisconnectType.EndpointDoNotDisturb)]
        [InlineData("transfer.dnd", CallDisconnectType.TransferDoNotDisturb)]
        [InlineData("transfer.noanswer", CallDisconnectType.TransferNoAnswer)]
        [InlineData("session.expired", CallDisconnectType.SessionExpired)]
        public void Event_spellings(string raw, CallDisconnectType expected) => Assert.Equal(expected, DisconnectTypes.Parse(raw));

        [Theory]
        [InlineData("client", CallDisconnectType.Client)]
        [InlineData("conferenceTransfer", CallDisconnectType.TransferConference)]
        [InlineData("consultTransfer", CallDisconnectType.TransferConsult)]
        [InlineData("dndEndpoint", CallDisconnectType.EndpointDoNotDisturb)]
        [InlineData("dndTransfer", CallDisconnectType.TransferDoNotDisturb)]
        [InlineData("endpoint", CallDisconnectType.Endpoint)]
        [InlineData("error", CallDisconnectType.Error)]
        [InlineData("forwardTransfer", CallDisconnectType.TransferForward)]
        [InlineData("inactivity", CallDisconnectType.Inactivity)]
        [InlineData("noAnswerTransfer", CallDisconnectType.TransferNoAnswer)]
        [InlineData("notAvailableTransfer", CallDisconnectType.TransferNotAvailable)]
        [InlineData("other", CallDisconnectType.Other)]
        [InlineData("peer", CallDisconnectType.Peer)]
        [InlineData("sessionExpired", CallDisconnectType.SessionExpired)]
        [InlineData("spam", CallDisconnectType.Spam)]
        [InlineData("system", CallDisconnectType.System)]
        [InlineData("takeover", CallDisconnectType.Takeover)]
        [InlineData("timeout", CallDisconnectType.Timeout)]
        [InlineData("transfer", CallDisconnectType.Transfer)]
        [InlineData("transportFailure", CallDisconnectType.TransportFailure)]
        [InlineData("uncallable", CallDisconnectType.Uncallable)]
        public void Analytics_spellings(string raw, CallDisconnectType expected) => Assert.Equal(expected, DisconnectTypes.Parse(raw));

        [Theory]
        [InlineData("UNKNOWN", CallDisconnectType.Unknown)]
        [InlineData("ENDPOINT", CallDisconnectType.Endpoint)]
        [InlineData("CLIENT", CallDisconnectType.Client)]
        [InlineData("SYSTEM", CallDisconnectType.System)]
        [InlineData("TRANSFER", CallDisconnectType.Transfer)]
        [InlineData("ERROR", CallDisconnectType.Error)]
        [InlineData("PEER", CallDisconnectType.Peer)]
        [InlineData("OTHER", CallDisconnectType.Other)]
        [InlineData("SPAM", CallDisconnectType.Spam)]
        [InlineData("TIMEOUT", CallDisconnectType.Timeout)]
        [InlineData("TRANSPORT_FAILURE", CallDisconnectType.TransportFailure)]
        [InlineData("CONFERENCE_TRANSFER", CallDisconnectType.TransferConference)]
        [InlineData("CONSULT_TRANSFER", CallDisconnectType.TransferConsult)]
        [InlineData("FORWARD_TRANSFER", CallDisconnectType.TransferForward)]
        [InlineData("NO_ANSWER_TRANSFER", CallDisconnectType.TransferNoAnswer)]
        [InlineData("NOT_AVAILABLE_TRANSFER", CallDisconnectType.TransferNotAvailable)]
        [InlineData("UNCALLABLE", CallDisconnectType.Uncallable)]
        [InlineData("DND_ENDPOINT", CallDisconnectType.EndpointDoNotDisturb)]
        [InlineData("DND_TRANSFER", CallDisconnectType.TransferDoNotDisturb)]
        [InlineData("INACTIVITY", CallDisconnectType.Inactivity)]
        [InlineData("SESSION_EXPIRED", CallDisconnectType.SessionExpired)]
        [InlineData("TAKEOVER", CallDisconnectType.Takeover)]
        public void Detail_event_spellings(string raw, CallDisconnectType expected) => Assert.Equal(expected, DisconnectTypes.Parse(raw));

        [Fact]
        public void Absent_is_null_and_an_unlisted_spelling_is_unknown()
        {
            Assert.Null(DisconnectTypes.Parse(null));
            Assert.Null(DisconnectTypes.Parse(" "));
            Assert.Equal(CallDisconnectType.Unknown, DisconnectTypes.Parse("hangup.by.martians"));
        }
    }
}
