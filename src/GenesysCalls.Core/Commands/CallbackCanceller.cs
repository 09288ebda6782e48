using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Outcomes;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// Stop-OutboundCallback: each callback is read once (an ended one is a warning, one an agent already dialled is hung up
    /// with Stop-OutboundCall), then the confirmed ones are cancelled 100 per POST /api/v2/conversations/callbacks/bulk/disconnect.
    /// </summary>
    internal sealed class CallbackCanceller : CommandOperation<CallInput>
    {
        internal const int BatchSize = 100;
        private const string Path = "/api/v2/conversations/callbacks/bulk/disconnect";
        private readonly ICommandOutput _output;
        private readonly GenesysSession _session;
        private readonly IApiLog _log;
        private readonly WindowedPipeline<Confirmed> _batch;

        public CallbackCanceller(ICommandOutput output, GenesysSession session)
        {
            _output = output;
            _session = session;
            _log = new OutputApiLog(output);
            _batch = new WindowedPipeline<Confirmed>(BatchSize, SendAsync);
        }

        public override async Task ProcessAsync(CallInput input, CancellationToken cancellationToken)
        {
            if (!input.IsValidId)
            {
                _output.WriteError(input.InvalidId());
                return;
            }

            CallbackSnapshot callback;
            try
            {
                callback = await CallbackSnapshot.ReadAsync(ConnectedOrg.Of(_session).Api, _log, input.ConversationId, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (GenesysApiException ex)
            {
                _output.WriteError(ApiErrors.From(ex, input.Target, "Could not read callback " + input.ConversationId));
                return;
            }

            if (callback.CustomerEnded)
            {
                _output.WriteWarning("Callback " + input.ConversationId + " has already ended; nothing to cancel.");
                return;
            }

            if (callback.Dialled)
            {
                _output.WriteWarning("Callback " + input.ConversationId + " is already agent " + callback.AgentId
                    + "'s call; cancelling it would not"
                    + " hang that up. Use Stop-OutboundCall -ConversationId " + input.ConversationId + ".");
                return;
            }

            var callbackId = input.Callback?.CallbackId ?? callback.CallbackId;
            if (!_output.ShouldProcess(input.ConversationId + " (" + string.Join(", ", callback.Numbers) + ")",
                "Cancel the callback (POST " + Path + ")")) return;
            await _batch.AddAsync(new Confirmed(input, callbackId ?? string.Empty), cancellationToken).ConfigureAwait(false);
        }

        public override Task CompleteAsync(CancellationToken cancellationToken) => _batch.CompleteAsync(cancellationToken);

        private async Task SendAsync(IReadOnlyList<Confirmed> batch, CancellationToken cancellationToken)
        {
            try
            {
                await ConnectedOrg.Of(_session).Api.SendAsync(ApiRequest.Change(Path, Body(batch)), GenesysJsonContext.Default.JsonElement, _log,
                    cancellationToken).ConfigureAwait(false);
                _output.WriteVerbose("Cancelled " + batch.Count + " callback(s) in one request.");
            }
            catch (GenesysApiException ex)
            {
                foreach (var item in batch)
                {
                    var error = ApiErrors.From(ex, item.Input.Target, "Could not cancel callback " + item.Input.ConversationId);
                    if (ex is OutcomeUnknownException)
                    {
                        error.RecommendedAction = "The cancel may have been made: Get-OutboundCallback shows whether the callback is Cancelled; "
                            + "send Stop-OutboundCallback again only if it is not.";
                    }

                    _output.WriteError(error);
                }
            }
        }

        private static string Body(IEnumerable<Confirmed> batch)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteStartArray("callbackDisconnectIdentifiers");
                foreach (var item in batch)
                {
                    writer.WriteStartObject();
                    writer.WriteString("callbackId", item.CallbackId);
                    writer.WriteString("conversationId", item.Input.ConversationId);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }

        private sealed class Confirmed
        {
            public Confirmed(CallInput input, string callbackId)
            {
                Input = input;
                CallbackId = callbackId;
            }

            public CallInput Input { get; }

            public string CallbackId { get; }
        }
    }
}
