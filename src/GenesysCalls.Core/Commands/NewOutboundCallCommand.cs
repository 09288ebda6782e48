using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Model;
using GenesysCalls.Core.Presence;
using GenesysCalls.Core.Validation;

namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// New-OutboundCall: per row, build and validate the request, choose the legal endpoint, ask ShouldProcess,
    /// check the calling agent (one bulk read per window of rows), then place the call. Every row ends as exactly
    /// one OutboundCall or one error that carries the row. Creates are never retried once they may have been processed.
    /// </summary>
    public sealed class NewOutboundCallCommand
    {
        internal const int WindowSize = 100;
        private const string Cmdlet = "NewOutboundCall";
        private const string UserEndpoint = "POST /api/v2/conversations/calls";
        private const string OnBehalfEndpoint = "POST /api/v2/conversations/calls/user/{userId}";
        private readonly ICommandOutput _output;
        private readonly GenesysSession _session;
        private readonly UserDirectory _directory;
        private readonly IApiLog _log;
        private readonly ProgressReporter _progress;
        private readonly List<OutboundCallRow> _pending = new List<OutboundCallRow>();
        private bool _explainedEndpoint;
        private int _seen;
        private int _done;

        public NewOutboundCallCommand(ICommandOutput output, GenesysSession session)
        {
            _output = output;
            _session = session;
            _directory = new UserDirectory(session.Api);
            _log = new OutputApiLog(output);
            _progress = new ProgressReporter(output, 0x6A2, "Placing calls");
        }

        /// <summary>Send requests whose only findings are warnings (such as non-E.164 numbers).</summary>
        public bool Force { get; set; }

        public bool SkipReadinessCheck { get; set; }

        /// <summary>Calls in flight at once; 1 (the default) places them one after another, in input order.</summary>
        public int ThrottleLimit { get; set; } = 1;

        public int? ExpectedTotal { get; set; }

        public async Task AddAsync(OutboundCallRow row, CancellationToken cancellationToken)
        {
            _seen++;
            _pending.Add(row);
            if (_pending.Count >= WindowSize) await FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
            _progress.Complete();
        }

        private async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (_pending.Count == 0) return;
            var window = _pending.ToList();
            _pending.Clear();

            var approved = new List<PlannedCall>();
            foreach (var row in window)
            {
                var planned = Plan(row);
                if (planned != null && _output.ShouldProcess(planned.Target, planned.Action)) approved.Add(planned);
            }

            if (!SkipReadinessCheck) approved = await CheckAgentsAsync(approved, cancellationToken).ConfigureAwait(false);
            await PlaceAsync(approved, cancellationToken).ConfigureAwait(false);

            _done += window.Count;
            if (_seen > WindowSize || ExpectedTotal > WindowSize)
            {
                _progress.Report(_done, ExpectedTotal, _done + (ExpectedTotal is { } total ? " of " + total : string.Empty) + " rows processed");
            }
        }

        /// <summary>Everything decided before any request: the body, its validity, the endpoint. Null when the row already failed.</summary>
        private PlannedCall? Plan(OutboundCallRow row)
        {
            var request = CallRequestBuilder.Build(row, out var problem);
            if (problem != null)
            {
                Fail(row, "InvalidAttributes", ErrorKind.InvalidArgument, problem);
                return null;
            }

            var validation = CallPayloadValidator.Validate(request);
            var errors = validation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                Fail(row, "InvalidRequest", ErrorKind.InvalidArgument,
                    "Not sent: the request is invalid. " + string.Join(" ", errors.Select(d => d.ToString())),
                    "Fix the fields named above; Test-CallPayload explains each finding.");
                return null;
            }

            var warnings = validation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
            if (warnings.Count > 0 && !Force)
            {
                Fail(row, "RequestHasWarnings", ErrorKind.InvalidData,
                    "Not sent: " + string.Join(" ", warnings.Select(d => d.ToString())),
                    "Fix the request, or add -Force to send it anyway.");
                return null;
            }

            string path;
            string endpoint;
            string caller;
            if (!string.IsNullOrWhiteSpace(row.OnBehalfOf))
            {
                var agent = row.OnBehalfOf!.Trim();
                if (!Guid.TryParseExact(agent, "D", out _))
                {
                    Fail(row, "InvalidOnBehalfOf", ErrorKind.InvalidArgument,
                        "Not sent: -OnBehalfOf '" + agent + "' is not a user id (a GUID). It names the agent whose station places the call.");
                    return null;
                }

                path = "/api/v2/conversations/calls/user/" + Uri.EscapeDataString(agent);
                endpoint = OnBehalfEndpoint;
                caller = agent;
                if (!_session.IsUserContext && !_explainedEndpoint)
                {
                    _explainedEndpoint = true;
                    _output.WriteVerbose("Service-account session: calls go to " + OnBehalfEndpoint + ", the only create-call endpoint client credentials may use.");
                }
            }
            else if (_session.IsUserContext)
            {
                path = "/api/v2/conversations/calls";
                endpoint = UserEndpoint;
                caller = _session.UserId ?? string.Empty;
            }
            else
            {
                Fail(row, "UserContextRequired", ErrorKind.InvalidOperation,
                    "Not sent: this session signed in with client credentials (a service account), which cannot place a call as itself; POST /api/v2/conversations/calls would answer not.a.user.",
                    "Add -OnBehalfOf <agent user id> to call from that agent's station (POST /api/v2/conversations/calls/user/{userId}), or connect as a user with Connect-GenesysOrg -Interactive.");
                return null;
            }

            var who = row.OnBehalfOf != null ? "agent " + caller : "you (" + _session.Identity + ")";
            return new PlannedCall(row, request, path, endpoint, caller,
                request.DescribeDestination() + " from " + who,
                "Place a call via " + endpoint.Replace("{userId}", caller));
        }

        /// <summary>One bulk read for the window: the calling agents exist, are active and have an effective station.</summary>
        private async Task<List<PlannedCall>> CheckAgentsAsync(List<PlannedCall> calls, CancellationToken cancellationToken)
        {
            var agents = calls.Select(c => c.CallerId).Where(id => id.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (agents.Count == 0) return calls;
            IReadOnlyList<User> users;
            try
            {
                users = await _directory.GetByIdsAsync(agents, _log, cancellationToken).ConfigureAwait(false);
            }
            catch (GenesysApiException ex)
            {
                foreach (var call in calls) _output.WriteError(ApiErrors.From(ex, Cmdlet + "ReadinessCheck", call.Row.Input ?? call.Row, "Not sent: the agent check failed"));
                return new List<PlannedCall>();
            }

            var byId = users.Where(u => u.Id != null).ToDictionary(u => u.Id!, StringComparer.OrdinalIgnoreCase);
            var ready = new List<PlannedCall>();
            foreach (var call in calls)
            {
                if (!byId.TryGetValue(call.CallerId, out var user))
                {
                    Fail(call.Row, "AgentNotFound", ErrorKind.ObjectNotFound, "Not sent: no user has the id " + call.CallerId + " in this org.");
                }
                else if (!string.Equals(user.State ?? "active", "active", StringComparison.OrdinalIgnoreCase))
                {
                    Fail(call.Row, "AgentInactive", ErrorKind.InvalidOperation, "Not sent: " + (user.Name ?? call.CallerId) + " is " + user.State + "; only active users can place calls.");
                }
                else if (user.Station?.EffectiveStation?.Id == null)
                {
                    Fail(call.Row, "AgentHasNoStation", ErrorKind.InvalidOperation,
                        "Not sent: " + (user.Name ?? call.CallerId) + " has no effective station, so the service would refuse the call (conversation.error.no.user.station).",
                        "Assign the agent a station (WebRTC phone or desk phone), or call on behalf of an agent for whom Test-AgentPresence shows HasStation.");
                }
                else
                {
                    ready.Add(call);
                }
            }

            return ready;
        }

        private async Task PlaceAsync(List<PlannedCall> calls, CancellationToken cancellationToken)
        {
            if (ThrottleLimit <= 1)
            {
                foreach (var call in calls) await PlaceOneAsync(call, cancellationToken).ConfigureAwait(false);
                return;
            }

            using var gate = new SemaphoreSlim(ThrottleLimit);
            await Task.WhenAll(calls.Select(async call =>
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    await PlaceOneAsync(call, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    gate.Release();
                }
            })).ConfigureAwait(false);
        }

        private async Task PlaceOneAsync(PlannedCall call, CancellationToken cancellationToken)
        {
            try
            {
                var response = await _session.Api.SendAsync(ApiRequest.Create(call.Path, call.Request.ToJson()), GenesysJsonContext.Default.CreateCallResponse, _log, cancellationToken).ConfigureAwait(false);
                _output.WriteObject(new OutboundCall(response.Value.Id ?? string.Empty, response.Value.SelfUri, call.Request.DescribeDestination(), call.Row.OnBehalfOf,
                    call.Request.CallFromQueueId, call.Endpoint, response.CorrelationId, call.Request, call.Row.Input));
            }
            catch (GenesysApiException ex)
            {
                _output.WriteError(ApiErrors.From(ex, Cmdlet, call.Row.Input ?? call.Row, "Call to " + call.Request.DescribeDestination() + " failed"));
            }
        }

        private void Fail(OutboundCallRow row, string problem, ErrorKind kind, string message, string? advice = null) =>
            _output.WriteError(new CommandError(Cmdlet + problem, kind, row.Input ?? row, message) { RecommendedAction = advice });

        private sealed class PlannedCall
        {
            public PlannedCall(OutboundCallRow row, CreateCallRequest request, string path, string endpoint, string callerId, string target, string action)
            {
                Row = row;
                Request = request;
                Path = path;
                Endpoint = endpoint;
                CallerId = callerId;
                Target = target;
                Action = action;
            }

            public OutboundCallRow Row { get; }
            public CreateCallRequest Request { get; }
            public string Path { get; }
            public string Endpoint { get; }
            public string CallerId { get; }
            public string Target { get; }
            public string Action { get; }
        }
    }
}
