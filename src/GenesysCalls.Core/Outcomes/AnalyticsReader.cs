using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Model;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>
    /// Ended calls' disconnect reasons from the analytics store, many per request:
    /// GET /api/v2/analytics/conversations/details?id=a&amp;id=b (genesys-analytics-multiget-openapi.yml). Only complete records
    /// (with conversationEnd) are returned; an id the store does not have yet is simply missing.
    /// </summary>
    internal sealed class AnalyticsReader
    {
        private readonly GenesysApiClient _api;
        private readonly IApiLog _log;

        public AnalyticsReader(GenesysApiClient api, IApiLog log)
        {
            _api = api;
            _log = log;
        }

        public async Task<IReadOnlyList<CallSnapshot>> ReadEndedAsync(IReadOnlyCollection<string> conversationIds,
            CancellationToken cancellationToken)
        {
            var query = string.Join("&", conversationIds.Select(id => "id=" + Uri.EscapeDataString(id)));
            var response = await _api.SendAsync(ApiRequest.Get("/api/v2/analytics/conversations/details?" + query),
                AnalyticsJsonContext.Default.AnalyticsConversationList, _log, cancellationToken).ConfigureAwait(false);
            return (response.Value.Conversations ?? new List<AnalyticsConversation>())
                .Where(c => !string.IsNullOrEmpty(c.ConversationId) && SnapshotReader.Time(c.ConversationEnd) != null)
                .Select(FromAnalytics).ToList();
        }

        /// <summary>Each participant's leg: its last segment says how and why it ended, its first interact segment when it connected.</summary>
        internal static CallSnapshot FromAnalytics(AnalyticsConversation conversation)
        {
            var legs = new List<LegObservation>();
            var end = SnapshotReader.Time(conversation.ConversationEnd);
            foreach (var participant in conversation.Participants ?? new List<AnalyticsParticipant>())
            {
                if (string.IsNullOrEmpty(participant.ParticipantId)) continue;
                var segments = (participant.Sessions ?? new List<AnalyticsSession>())
                    .SelectMany(s => s.Segments ?? new List<AnalyticsSegment>())
                    .OrderBy(s => SnapshotReader.Time(s.SegmentStart) ?? DateTimeOffset.MinValue).ToList();
                var connectedAt = segments.Where(s => s.SegmentType == "interact").Select(s => SnapshotReader.Time(s.SegmentStart))
                    .FirstOrDefault(t => t != null);
                var endedAt = segments.Select(s => SnapshotReader.Time(s.SegmentEnd)).Where(t => t != null).DefaultIfEmpty(end).Max();
                var last = segments.LastOrDefault(s => s.DisconnectType != null) ?? segments.LastOrDefault();
                legs.Add(new LegObservation(participant.ParticipantId!, end != null || endedAt != null ? LegPhase.Ended : LegPhase.None)
                {
                    WasConnected = connectedAt != null,
                    UserId = participant.UserId,
                    Purpose = participant.Purpose,
                    ConnectedAt = connectedAt,
                    EndedAt = endedAt ?? end,
                    DisconnectType = DisconnectTypes.Parse(last?.DisconnectType),
                    ErrorCode = segments.Select(s => s.ErrorCode).FirstOrDefault(c => c != null),
                    Q850Code = First(segments.SelectMany(s => s.Q850ResponseCodes ?? new List<long>())),
                    SipCode = First(segments.SelectMany(s => s.SipResponseCodes ?? new List<long>())),
                });
            }

            return new CallSnapshot(conversation.ConversationId!, legs, hasDisconnectReasons: true);
        }

        private static int? First(IEnumerable<long> codes)
        {
            foreach (var code in codes)
            {
                if (code > 0 && code <= int.MaxValue) return (int)code;
            }

            return null;
        }
    }
}
