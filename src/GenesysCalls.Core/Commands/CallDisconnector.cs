using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Outcomes;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    /// <summary>Stop-OutboundCall: hang each call up (PATCH state disconnected), after ShouldProcess; an ended call is a warning.</summary>
    internal sealed class CallDisconnector : CommandOperation<CallInput>
    {
        private const string Permission = "conversation:communication:disconnect";
        private readonly ICommandOutput _output;
        private readonly GenesysSession _session;
        private readonly CallReader _reader;

        public CallDisconnector(ICommandOutput output, GenesysSession session)
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

            // A hang-up of an ended call may be refused or may succeed (both exist); reading first tells them apart.
            var ended = input.Status?.StateValue == OutboundCallState.Ended;
            try
            {
                if (!ended)
                {
                    var now = await _reader.ReadCallAsync(input.ConversationId, cancellationToken).ConfigureAwait(false);
                    ended = CallStatusReducer.Reduce(input.InitialStatus(_session), now).StateValue == OutboundCallState.Ended;
                }
            }
            catch (GenesysApiException ex)
            {
                _output.WriteError(ApiErrors.From(ex, input.Target, "Could not read conversation " + input.ConversationId));
                return;
            }

            if (ended)
            {
                _output.WriteWarning("Conversation " + input.Describe() + " has already ended; nothing to hang up.");
                return;
            }

            if (!_output.ShouldProcess(input.Describe(),
                "Hang up every participant (PATCH /api/v2/conversations/calls/{id}, state disconnected)")) return;
            try
            {
                await _reader.HangUpAsync(input.ConversationId, cancellationToken).ConfigureAwait(false);
                _output.WriteVerbose("Hung up conversation " + input.ConversationId + ".");
            }
            catch (GenesysApiException ex) when (ex.Code == "conversation.error.call.disconnected"
                || ex.Code == "conversation.error.participant.no.active.conversations")
            {
                _output.WriteWarning("Conversation " + input.Describe() + " has already ended; nothing to hang up.");
            }
            catch (GenesysApiException ex) when (ex.Code == "not.a.user")
            {
                _output.WriteError(new CommandError(Problems.HangUpNeedsUser, input.Target,
                    "Not hung up: the service wants a user context for this call, and session '" + _session.Name
                        + "' signed in with client credentials (" + _session.Identity + ").", ex)
                {
                    Details = ex.Message,
                    RecommendedAction = "Connect as a user who holds " + Permission
                        + " (Connect-GenesysOrg -Interactive -Name <name> -PassThru), then Stop-OutboundCall -Session <that session>.",
                });
            }
            catch (GenesysApiException ex) when (ex.StatusCode == 403)
            {
                var scope = ex.Code == "app.not.authorized.for.scope";
                _output.WriteError(new CommandError(scope ? Problems.ScopeMissing : Problems.PermissionDenied, input.Target,
                    "Not hung up: session '" + _session.Name + "' (" + _session.Identity + ") " + (scope
                        ? "has a token without the 'conversations' scope that PATCH /api/v2/conversations/calls/{id} needs."
                        : "lacks the permission " + Permission + " that PATCH /api/v2/conversations/calls/{id} needs."), ex)
                {
                    Details = ex.Message,
                    RecommendedAction = scope
                        ? "Add the 'conversations' scope to the OAuth client, then connect again."
                        : "Grant " + Permission + " to the role of " + (_session.IsUserContext ? "the user" : "the OAuth client")
                            + ", then connect again.",
                });
            }
            catch (GenesysApiException ex)
            {
                var error = ApiErrors.From(ex, input.Target, "Could not hang up " + input.ConversationId);
                if (ex is OutcomeUnknownException)
                {
                    error.RecommendedAction = "The hang-up may have been made: Get-OutboundCall shows whether the call has ended; "
                        + "send Stop-OutboundCall again only if it has not.";
                }

                _output.WriteError(error);
            }
        }
    }
}
