using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Outcomes;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    /// <summary>Get-OutboundCall: one read of each call now; an ended call also gets its Q.850/SIP reasons.</summary>
    internal sealed class CallStatusReader : CommandOperation<CallInput>
    {
        private readonly ICommandOutput _output;
        private readonly GenesysSession _session;
        private readonly CallReader _reader;
        private bool _explainedDetails;

        public CallStatusReader(ICommandOutput output, GenesysSession session)
        {
            _output = output;
            _session = session;
            _reader = new CallReader(ConnectedOrg.Of(session).Api, new OutputApiLog(output));
        }

        public override async Task ProcessAsync(CallInput input, CancellationToken cancellationToken)
        {
            if (!input.IsValidId)
            {
                _output.WriteError(input.InvalidId());
                return;
            }

            OutboundCallStatus status;
            try
            {
                var snapshot = await _reader.ReadCallAsync(input.ConversationId, cancellationToken).ConfigureAwait(false);
                status = CallStatusReducer.Reduce(input.InitialStatus(_session), snapshot);
            }
            catch (GenesysApiException ex)
            {
                _output.WriteError(ApiErrors.From(ex, input.Target, "Could not read conversation " + input.ConversationId));
                return;
            }

            if (status.StateValue == OutboundCallState.Ended && !status.HasDisconnectReasons)
            {
                try
                {
                    status = CallStatusReducer.Reduce(status, await _reader.ReadDetailsAsync(input.ConversationId, cancellationToken)
                        .ConfigureAwait(false));
                }
                catch (GenesysApiException ex)
                {
                    if (!_explainedDetails) _output.WriteVerbose("No Q.850/SIP reasons (GET /api/v2/conversations/{id} answered " + ex.StatusCode
                        + "): " + ex.Message);
                    _explainedDetails = true;
                }
            }

            _output.WriteObject(status);
        }
    }
}
