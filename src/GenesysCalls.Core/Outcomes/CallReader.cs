using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Model;

namespace GenesysCalls.Core.Outcomes
{
    /// <summary>The REST side of following a call: read its legs, read its disconnect reasons, hang it up.</summary>
    internal sealed class CallReader
    {
        private readonly GenesysApiClient _api;
        private readonly IApiLog _log;

        public CallReader(GenesysApiClient api, IApiLog log)
        {
            _api = api;
            _log = log;
        }

        /// <summary>GET /api/v2/conversations/calls/{id}: every leg as it is now.</summary>
        public async Task<CallSnapshot> ReadCallAsync(string conversationId, CancellationToken cancellationToken)
        {
            var request = ApiRequest.Get(CallPath(conversationId));
            var response = await _api.SendAsync(request, GenesysJsonContext.Default.CallConversation, _log, cancellationToken).ConfigureAwait(false);
            return SnapshotReader.FromCallConversation(response.Value, conversationId);
        }

        /// <summary>GET /api/v2/conversations/{id}: the legs with participants[].calls[].disconnectReasons[] (Q.850, SIP).</summary>
        public async Task<CallSnapshot> ReadDetailsAsync(string conversationId, CancellationToken cancellationToken)
        {
            var response = await _api.SendAsync(ApiRequest.Get("/api/v2/conversations/" + Uri.EscapeDataString(conversationId)),
                GenesysJsonContext.Default.Conversation, _log, cancellationToken).ConfigureAwait(false);
            return SnapshotReader.FromConversation(response.Value, conversationId);
        }

        /// <summary>
        /// PATCH /api/v2/conversations/calls/{id} with state disconnected. The definition marks participants and startTime
        /// required on Conversation; whether the service enforces that for a hang-up is unconfirmed, so they are sent only
        /// after a validation refusal that names them.
        /// </summary>
        public async Task HangUpAsync(string conversationId, CancellationToken cancellationToken)
        {
            try
            {
                await PatchAsync(conversationId, new ConversationHangUp(), cancellationToken).ConfigureAwait(false);
            }
            catch (GenesysApiException ex) when (ex.StatusCode == 400 && NamesRequiredFields(ex))
            {
                _log.Verbose("The service wants participants and startTime in the hang-up body; reading them and sending again.");
                var conversation = await _api.SendAsync(ApiRequest.Get("/api/v2/conversations/" + Uri.EscapeDataString(conversationId)),
                    GenesysJsonContext.Default.Conversation, _log, cancellationToken).ConfigureAwait(false);
                var full = new ConversationHangUp
                {
                    StartTime = conversation.Value.StartTime,
                    Participants = (conversation.Value.Participants ?? new List<Participant>()).Select(p =>
                        new ParticipantRef { Id = p.Id }).ToList(),
                };
                await PatchAsync(conversationId, full, cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task PatchAsync(string conversationId, ConversationHangUp body, CancellationToken cancellationToken)
        {
            var json = JsonSerializer.Serialize(body, GenesysJsonContext.Writer.ConversationHangUp);
            try
            {
                await _api.SendAsync(ApiRequest.Update(CallPath(conversationId), json), GenesysJsonContext.Default.Conversation, _log,
                    cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (GenesysApiException ex) when (ex.StatusCode >= 200 && ex.StatusCode < 300)
            {
                // 202 (secure pause) or a 200 without a usable body: the hang-up was accepted all the same.
            }
        }

        private static bool NamesRequiredFields(GenesysApiException ex)
        {
            var text = (ex.ServiceMessage ?? string.Empty) + " " + string.Join(" ", ex.MessageParams.Values);
            return (ex.Code == "constraint.validation" || ex.Code == "invalid.value" || ex.Code == "bad.request")
                && (text.IndexOf("participants", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("startTime",
                    StringComparison.OrdinalIgnoreCase) >= 0);
        }

        private static string CallPath(string conversationId) => "/api/v2/conversations/calls/" + Uri.EscapeDataString(conversationId);
    }
}
