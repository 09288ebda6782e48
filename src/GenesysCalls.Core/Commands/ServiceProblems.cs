using System.Collections.Generic;
using System.Linq;

namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// The problems a refusal of the service becomes, one per kind of answer (ApiErrors picks one by status). A family may carry a
    /// prefix for a step inside a cmdlet (ReadinessCheck: NewOutboundCallReadinessCheckForbidden).
    /// </summary>
    internal sealed class ServiceProblems
    {
        /// <param name="changers">The cmdlets that send changes: only they can lose an answer (OutcomeUnknown); null for a family that only
        /// reads.</param>
        internal ServiceProblems(string prefix, string step, IReadOnlyList<string> raisedBy, IReadOnlyList<string>? changers,
            IReadOnlyList<string>? alsoNotFound = null)
        {
            Prefix = prefix;
            Step = step;
            Problem Make(string name, ErrorKind kind, string meaning, IEnumerable<string>? by = null) =>
                new Problem(prefix + name, kind, step + meaning, by ?? raisedBy);
            Unreachable = Make("Unreachable", ErrorKind.ConnectionError, "No answer from the service (the network, DNS or TLS failed).");
            BadRequest = Make("BadRequest", ErrorKind.InvalidArgument, "The service refused the request (400); its code is in ErrorDetails.");
            Unauthorized = Make("Unauthorized", ErrorKind.SecurityError, "The token was refused (401): connect again.");
            Forbidden = Make("Forbidden", ErrorKind.PermissionDenied, "A permission or scope is missing (403); the message names it.");
            NotFound = Make("NotFound", ErrorKind.ObjectNotFound, "What was asked for does not exist (404, or nothing has that name or id).",
                raisedBy.Concat(alsoNotFound ?? new string[0]));
            Conflict = Make("Conflict", ErrorKind.ResourceUnavailable, "The service refused the change in the object's current state (409).");
            TooLarge = Make("TooLarge", ErrorKind.InvalidArgument, "The request was too large for the service (413).");
            RateLimited = Make("RateLimited", ErrorKind.LimitsExceeded, "Still rate limited (429) after the retries Retry-After allowed.");
            ServiceError = Make("ServiceError", ErrorKind.ConnectionError, "The service failed (5xx) and still failed after the retries.");
            Failed = Make("Failed", ErrorKind.NotSpecified, "Something failed that has no name of its own (an unexpected status or fault).");
            OutcomeUnknown = changers == null ? null : Make("OutcomeUnknown", ErrorKind.OperationTimeout,
                "A create or change was sent and its answer lost: it may have happened; it is never sent again by itself.", changers);
            All = new[] { Unreachable, BadRequest, Unauthorized, Forbidden, NotFound, Conflict, TooLarge, RateLimited, ServiceError, Failed,
                OutcomeUnknown }.Where(p => p != null).Select(p => p!).ToArray();
        }

        /// <summary>What the family's names start with ("" for the service's own refusals).</summary>
        public string Prefix { get; }

        /// <summary>The step inside the cmdlet, for the meanings ("Checking the agents before dialling: ").</summary>
        public string Step { get; }

        public Problem Unreachable { get; }

        public Problem BadRequest { get; }

        public Problem Unauthorized { get; }

        public Problem Forbidden { get; }

        public Problem NotFound { get; }

        public Problem Conflict { get; }

        public Problem TooLarge { get; }

        public Problem RateLimited { get; }

        public Problem ServiceError { get; }

        public Problem Failed { get; }

        /// <summary>Null for a family that only reads.</summary>
        public Problem? OutcomeUnknown { get; }

        public IReadOnlyList<Problem> All { get; }

        public Problem ForStatus(int status) => status switch
        {
            0 => Unreachable,
            400 => BadRequest,
            401 => Unauthorized,
            403 => Forbidden,
            404 => NotFound,
            409 => Conflict,
            413 => TooLarge,
            429 => RateLimited,
            _ when status >= 500 => ServiceError,
            _ => Failed,
        };
    }
}
