using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Outcomes;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// Get-OutboundCallback: the callback's read, and once an agent has dialled it, its call read as Get-OutboundCall reads
    /// one (the same conversation id), so the outcome has the same words.
    /// </summary>
    internal sealed class CallbackStatusReader : CommandOperation<CallInput>
    {
        private readonly ICommandOutput _output;
        private readonly GenesysSession _session;
        private readonly IApiLog _log;
        private readonly CallReader _calls;

        public CallbackStatusReader(ICommandOutput output, GenesysSession session)
        {
            _output = output;
            _session = session;
            _log = new OutputApiLog(output);
            _calls = new CallReader(ConnectedOrg.Of(session).Api, _log);
        }

        public override async Task ProcessAsync(CallInput input, CancellationToken cancellationToken)
        {
            if (!input.IsValidId)
            {
                _output.WriteError(input.InvalidId());
                return;
            }

            try
            {
                _output.WriteObject(await ReadAsync(input, cancellationToken).ConfigureAwait(false));
            }
            catch (GenesysApiException ex)
            {
                _output.WriteError(ApiErrors.From(ex, input.Target, "Could not read callback " + input.ConversationId));
            }
        }

        internal async Task<OutboundCallbackStatus> ReadAsync(CallInput input, CancellationToken cancellationToken)
        {
            var callback = await CallbackSnapshot.ReadAsync(ConnectedOrg.Of(_session).Api, _log, input.ConversationId, cancellationToken)
                .ConfigureAwait(false);
            if (callback.StateBeforeCall != null) return CallbackStatuses.Of(input, callback, null);
            var call = CallStatusReducer.Reduce(OutboundCallStatus.Initial(input.ConversationId, null, callback.AgentId),
                await _calls.ReadCallAsync(input.ConversationId, cancellationToken).ConfigureAwait(false));
            if (call.StateValue == OutboundCallState.Ended && !call.HasDisconnectReasons)
            {
                var details = await _calls.ReadDetailsAsync(input.ConversationId, cancellationToken).ConfigureAwait(false);
                call = CallStatusReducer.Reduce(call, details);
            }

            return CallbackStatuses.Of(input, callback, call);
        }
    }
}
