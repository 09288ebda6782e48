using System;
using System.Collections.Generic;
using System.Text;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>
    /// Reads every spelling of disconnectType into <see cref="CallDisconnectType"/>: REST and event (dotted lower case),
    /// analytics segments (camelCase, transfer kind first) and detail events (UPPER_SNAKE). Spellings are compared with
    /// case and punctuation removed, so "transport.failure", "transportFailure" and "TRANSPORT_FAILURE" are one key.
    /// </summary>
    internal static class DisconnectTypes
    {
        private static readonly Dictionary<string, CallDisconnectType> ByKey = Build();

        /// <summary>Null when there is no value; <see cref="CallDisconnectType.Unknown"/> for a spelling no source lists.</summary>
        public static CallDisconnectType? Parse(string? raw)
        {
            if (string.IsNullOrWhiteSpace(raw)) return null;
            return ByKey.TryGetValue(Key(raw!), out var type) ? type : CallDisconnectType.Unknown;
        }

        /// <summary>Ended by the leg's own side: its UI (client) or its phone (endpoint).</summary>
        public static bool IsOwnSide(CallDisconnectType type) => type == CallDisconnectType.Client || type == CallDisconnectType.Endpoint;

        private static string Key(string raw)
        {
            var key = new StringBuilder(raw.Length);
            foreach (var c in raw)
            {
                if (char.IsLetterOrDigit(c)) key.Append(char.ToLowerInvariant(c));
            }

            return key.ToString();
        }

        private static Dictionary<string, CallDisconnectType> Build()
        {
            var map = new Dictionary<string, CallDisconnectType>(StringComparer.Ordinal);
            void Add(CallDisconnectType type, params string[] spellings)
            {
                foreach (var spelling in spellings) map[Key(spelling)] = type;
            }

            Add(CallDisconnectType.Unknown, "UNKNOWN");
            Add(CallDisconnectType.Endpoint, "endpoint");
            Add(CallDisconnectType.EndpointDoNotDisturb, "endpoint.donotdisturb", "endpoint.dnd", "dndEndpoint", "DND_ENDPOINT");
            Add(CallDisconnectType.Client, "client");
            Add(CallDisconnectType.System, "system");
            Add(CallDisconnectType.Timeout, "timeout");
            Add(CallDisconnectType.Transfer, "transfer");
            Add(CallDisconnectType.TransferConference, "transfer.conference", "conferenceTransfer", "CONFERENCE_TRANSFER");
            Add(CallDisconnectType.TransferConsult, "transfer.consult", "consultTransfer", "CONSULT_TRANSFER");
            Add(CallDisconnectType.TransferDoNotDisturb, "transfer.donotdisturb", "transfer.dnd", "dndTransfer", "DND_TRANSFER");
            Add(CallDisconnectType.TransferForward, "transfer.forward", "forwardTransfer", "FORWARD_TRANSFER");
            Add(CallDisconnectType.TransferNoAnswer, "transfer.noanswer", "noAnswerTransfer", "NO_ANSWER_TRANSFER");
            Add(CallDisconnectType.TransferNotAvailable, "transfer.notavailable", "notAvailableTransfer", "NOT_AVAILABLE_TRANSFER");
            Add(CallDisconnectType.TransportFailure, "transport.failure", "transportFailure", "TRANSPORT_FAILURE");
            Add(CallDisconnectType.Error, "error");
            Add(CallDisconnectType.Peer, "peer");
            Add(CallDisconnectType.Other, "other");
            Add(CallDisconnectType.Spam, "spam");
            Add(CallDisconnectType.Uncallable, "uncallable");
            Add(CallDisconnectType.Inactivity, "inactivity");
            Add(CallDisconnectType.SessionExpired, "session.expired", "sessionExpired", "SESSION_EXPIRED");
            Add(CallDisconnectType.Takeover, "takeover");
            return map;
        }
    }
}
