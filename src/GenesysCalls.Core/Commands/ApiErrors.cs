using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Http;

namespace GenesysCalls.Core.Commands
{
    /// <summary>Turns API failures into error records: a problem of the table by status, the service's words in Details.</summary>
    internal static class ApiErrors
    {
        public static CommandError From(GenesysApiException ex, object? target, string? action = null) =>
            From(ex, Problems.Service, target, action);

        /// <summary>With the problems of a step inside a cmdlet (Problems.ReadinessCheck, Problems.Progress).</summary>
        public static CommandError From(GenesysApiException ex, ServiceProblems family, object? target, string? action = null)
        {
            var problem = ex is OutcomeUnknownException && family.OutcomeUnknown != null ? family.OutcomeUnknown : family.ForStatus(ex.StatusCode);
            var message = (action != null ? action + ": " : string.Empty) + ex.Message;
            var error = new CommandError(problem, target, message, ex)
            {
                Details = message + (ex.CorrelationId != null ? " (correlation id " + ex.CorrelationId + ")" : string.Empty),
                RecommendedAction = Advice(ex),
            };
            return error;
        }

        /// <summary>A refused sign-in is AuthenticationFailed; a login host that never answered is Unreachable, so a script can retry it.</summary>
        public static CommandError From(AuthenticationFailedException ex, object? target) => ex.LoginHostUnreachable
            ? new CommandError(Problems.Service.Unreachable, target, Redactor.Redact(ex.Message), ex)
            : new CommandError(Problems.AuthenticationFailed, target, Redactor.Redact(ex.Message), ex);

        private static string? Advice(GenesysApiException ex) => ex.Code switch
        {
            "not.a.user" => "Client-credentials sessions must call on behalf of an agent: New-OutboundCall -OnBehalfOf <userId>. Or connect as a "
                + "user with -Interactive.",
            "conversation.error.no.user.station" or "providerapi.error.user.does.not.have.a.station" =>
                "Give the agent a station (a WebRTC phone or a desk phone) or choose another agent; Test-AgentPresence shows HasStation.",
            "missing.any.permissions" or "missing.permissions" => "Grant the OAuth client's role (or the user) the permission named in the message.",
            "app.not.authorized.for.scope" => "Add the scope to the OAuth client, then connect again.",
            "bad.credentials" or "authentication.required" => "Connect again with Connect-GenesysOrg.",
            _ when ex is OutcomeUnknownException =>
                "Check the agent's conversations (or GET /api/v2/conversations/calls as that user) before trying again; the call may exist.",
            _ when ex.StatusCode == 429 => "Slow down, or ask Genesys to raise the rate limit.",
            _ => null,
        };
    }
}
