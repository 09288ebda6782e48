using System;
using System.Linq;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Validation;

namespace GenesysCalls.Core.Calls
{
    /// <summary>New-OutboundCall's offline decisions for one row: build the body once and validate it, choose the legal endpoint.</summary>
    internal sealed class CallPlanner
    {
        public const string UserEndpoint = "POST /api/v2/conversations/calls";
        public const string OnBehalfEndpoint = "POST /api/v2/conversations/calls/user/{userId}";
        private readonly GenesysSession _session;
        private readonly ICommandOutput _output;
        private bool _explainedEndpoint;

        public CallPlanner(GenesysSession session, ICommandOutput output)
        {
            _session = session;
            _output = output;
        }

        /// <summary>Send requests whose only findings are warnings.</summary>
        public bool Force { get; set; }

        /// <summary>The plan, or null with the row's error.</summary>
        public PlannedCall? Plan(int rowNumber, OutboundCallRow row, out CommandError? error)
        {
            error = null;
            var body = CallRequestBuilder.Build(row, out var problem);
            if (body == null)
            {
                error = RowError(row, Problems.InvalidAttributes, "Not sent: " + problem,
                    "Fix the Attributes value: a hashtable (-Attribute @{ account = '123' }) or a JSON object of text values.");
                return null;
            }

            var validation = CallPayloadValidator.Validate(body);
            var findings = CallRequestBuilder.UntypedFindings(row).Concat(validation.Diagnostics).ToList();
            var errors = findings.Where(d => d.Level == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                error = RowError(row, Problems.InvalidRequest,
                    "Not sent: the request is invalid. " + string.Join(" ", errors.Select(d => d.ToString())) + Unbound(row),
                    "Fix the fields named above; Test-CallPayload explains each finding.");
                return null;
            }

            var warnings = findings.Where(d => d.Level == DiagnosticSeverity.Warning).ToList();
            if (warnings.Count > 0 && !Force)
            {
                error = RowError(row, Problems.RequestHasWarnings,
                    "Not sent: " + string.Join(" ", warnings.Select(d => d.ToString())),
                    "Fix the request, or add -Force to send it anyway.");
                return null;
            }

            var request = validation.Request!;
            var agent = CallRequestBuilder.Given(row.OnBehalfOf);
            if (agent != null) return OnBehalfOf(rowNumber, row, body, request, agent, out error);
            if (_session.IsUserContext)
            {
                var me = _session.UserId ?? string.Empty;
                return new PlannedCall(rowNumber, row, body, request, "/api/v2/conversations/calls", UserEndpoint, me,
                    request.DescribeDestination() + " from you (" + _session.Identity + ")", "Place a call via " + UserEndpoint);
            }

            error = RowError(row, Problems.UserContextRequired,
                "Not sent: this session signed in with client credentials (a service account), which cannot place a call as itself; "
                + "POST /api/v2/conversations/calls would answer not.a.user." + Unbound(row),
                "Add -OnBehalfOf <agent user id> (or a UserId column) to call from that agent's station (POST "
                    + "/api/v2/conversations/calls/user/{userId}), "
                + "or connect as a user with Connect-GenesysOrg -Interactive.");
            return null;
        }

        /// <summary>The error for a row: its TargetObject is the pipeline row, or what the command line named.</summary>
        public static CommandError RowError(OutboundCallRow row, Problem problem, string message, string? advice = null) =>
            new CommandError(problem, row.Target, message) { RecommendedAction = advice };

        /// <summary>The columns that bound to nothing, for the errors a misnamed column causes (no destination, no caller).</summary>
        private static string Unbound(OutboundCallRow row) => row.UnboundColumns is { Length: > 0 } columns
            ? " The row's column" + (columns.Length == 1 ? " " : "s ") + string.Join(", ", columns) + (columns.Length == 1 ? " binds" : " bind")
                + " to no parameter of New-OutboundCall."
            : string.Empty;

        private PlannedCall? OnBehalfOf(int rowNumber, OutboundCallRow row, string body, CreateCallRequest request, string agent,
            out CommandError? error)
        {
            error = null;
            if (!Guid.TryParseExact(agent, "D", out _))
            {
                error = RowError(row, Problems.InvalidOnBehalfOf,
                    "Not sent: OnBehalfOf '" + agent + "' is not a user id (a GUID). It names the agent whose station places the call.",
                    "Give the agent's user id (Test-AgentPresence -Email <address> shows it as UserId).");
                return null;
            }

            if (!_session.IsUserContext && !_explainedEndpoint)
            {
                _explainedEndpoint = true;
                _output.WriteVerbose("Service-account session: calls go to " + OnBehalfEndpoint
                    + ", the only create-call endpoint client credentials may use.");
            }

            return new PlannedCall(rowNumber, row, body, request, "/api/v2/conversations/calls/user/" + Uri.EscapeDataString(agent),
                OnBehalfEndpoint, agent,
                request.DescribeDestination() + " from agent " + agent, "Place a call via " + OnBehalfEndpoint.Replace("{userId}", agent));
        }
    }
}
