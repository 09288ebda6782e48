using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Model;
using GenesysCalls.Core.Presence;
using GenesysCalls.Core.Rows;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// New-OutboundCall: each row is planned offline (body, validation, endpoint) as it arrives and waits in a window of
    /// 100; the window's agents are checked with one bulk read; then, strictly in input order, each row is refused with
    /// its reason, or offered to ShouldProcess and placed. So a stop (-ErrorAction Stop) at row N has placed exactly the
    /// callable rows before N. Every row ends as one OutboundCall or one error with its row. Creates are never retried
    /// once they may have been processed.
    /// </summary>
    internal sealed class OutboundCallPlacer : CommandOperation<OutboundCallRow>
    {
        internal const int WindowSize = 100;
        internal const int LargeListRows = 1000;
        private readonly ICommandOutput _output;
        private readonly GenesysSession _session;
        private readonly CallPlanner _planner;
        private readonly AgentReadinessCheck _readiness;
        private readonly IApiLog _log;
        private readonly WindowedPipeline<PendingRow> _rows;
        private readonly Dictionary<string, int> _firstRowByCall = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly HashSet<string> _unknownKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly UnreportedResults _unreported = new UnreportedResults();
        private IReadOnlyDictionary<PlannedCall, CommandError> _refusals = new Dictionary<PlannedCall, CommandError>();

        public OutboundCallPlacer(ICommandOutput output, GenesysSession session)
        {
            _output = output;
            _session = session;
            _log = new OutputApiLog(output);
            _planner = new CallPlanner(session, output);
            _readiness = new AgentReadinessCheck(new UserDirectory(ConnectedOrg.Of(session).Api), _log);
            _rows = new WindowedPipeline<PendingRow>(WindowSize, CheckWindowAsync, PlaceOrRefuseAsync)
                .WithProgress(new ProgressReporter(output, ProgressActivity.PlacingCalls, "Placing calls"), "rows processed", shownAbove: 1);
        }

        /// <summary>Send requests whose only findings are warnings (such as non-E.164 numbers); no large-list warning.</summary>
        public bool Force
        {
            get => _planner.Force;
            set => _planner.Force = value;
        }

        public bool SkipReadinessCheck { get; set; }

        /// <summary>Calls in flight at once; 1 (the default) places them one after another, in input order.</summary>
        public int ThrottleLimit
        {
            get => _rows.ParallelLimit;
            set => _rows.ParallelLimit = value;
        }

        /// <summary>How many rows are coming, when known: progress then shows a percentage.</summary>
        public int? ExpectedTotal
        {
            get => _rows.ExpectedTotal;
            set => _rows.ExpectedTotal = value;
        }

        /// <summary>-Participant: every row is this conference (the command line gives the set; no row column does).</summary>
        public string[]? Participants { get; set; }

        public override async Task ProcessAsync(OutboundCallRow row, CancellationToken cancellationToken)
        {
            row.Participants ??= Participants;
            foreach (var key in row.UnknownKeys ?? new string[0]) WarnUnknownKey(key);
            if (row.Problem != null)
            {
                await RejectAsync(row.Target, row.Problem, cancellationToken).ConfigureAwait(false);
                return;
            }

            var rowNumber = _rows.Seen + 1;
            if (rowNumber == LargeListRows + 1 && !Force)
            {
                _output.WriteWarning("More than " + LargeListRows
                    + " rows: each call needs an agent and an API request. For large lists, load them into an "
                    + "outbound campaign's contact list with Add-OutboundContact and let the dialer pace them (about_GenesysCalls, \"Large lists\"). "
                    + "-Force silences this warning.");
            }

            var planned = _planner.Plan(rowNumber, row, out var error);
            if (planned != null) WarnIfDuplicate(planned);
            await _rows.AddAsync(new PendingRow(planned, error), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>A key of a piped hashtable that names no parameter: said once per key, since a hashtable is typed on purpose.</summary>
        private void WarnUnknownKey(string key)
        {
            if (!_unknownKeys.Add(key)) return;
            _output.WriteWarning("The key '" + key + "' names no parameter of New-OutboundCall, so it was ignored. Keys bind like CSV columns: "
                + "PhoneNumber, CallUserId, CallQueueId, Contact, OnBehalfOf (or UserId), FromQueueId, CallerId, CallerIdName, Attributes, Label, "
                    + "...");
        }

        private static string Ordinal(int n) =>
            n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

        /// <summary>A row the cmdlet could not even read (a hashtable value of the wrong type).</summary>
        private Task RejectAsync(object input, RowProblem problem, CancellationToken cancellationToken)
        {
            var error = new CommandError(Problems.InvalidInput, input, "Not sent: " + problem.Message)
            {
                RecommendedAction = problem.RecommendedAction,
            };
            return _rows.AddAsync(new PendingRow(null, error), cancellationToken);
        }

        public override Task CompleteAsync(CancellationToken cancellationToken) => _rows.CompleteAsync(cancellationToken);

        private void WarnIfDuplicate(PlannedCall call)
        {
            if (_firstRowByCall.TryGetValue(call.DuplicateKey, out var first))
            {
                _output.WriteWarning("Input " + call.RowNumber + " (the " + Ordinal(call.RowNumber) + " object New-OutboundCall received) calls "
                    + call.Request.DescribeDestination() + " from " + call.CallerId + " again, as input " + first
                    + " does: it will be dialed again. Remove one of the rows if that is not what you want.");
            }
            else
            {
                _firstRowByCall[call.DuplicateKey] = call.RowNumber;
            }
        }

        /// <summary>The window's agents are checked with one bulk read, and a Wait-OutboundCall downstream subscribes them.</summary>
        private async Task CheckWindowAsync(IReadOnlyList<PendingRow> window, CancellationToken cancellationToken)
        {
            var calls = window.Where(r => r.Call != null).Select(r => r.Call!).ToList();
            _refusals = SkipReadinessCheck || calls.Count == 0
                ? new Dictionary<PlannedCall, CommandError>()
                : await _readiness.RefusalsAsync(calls, cancellationToken).ConfigureAwait(false);
            var told = await ConnectedOrg.Of(_session).Handoff.AnnounceCallersAsync(
                calls.Where(c => !_refusals.ContainsKey(c)).Select(c => c.CallerId), cancellationToken).ConfigureAwait(false);
            if (told > 0) _output.WriteVerbose("Wait-OutboundCall is following this session's calls: the " + told
                + " agent(s) of the next calls are subscribed before the first is placed.");
        }

        private Task PlaceOrRefuseAsync(PendingRow row, CancellationToken cancellationToken)
        {
            var call = row.Call;
            var refusal = call == null ? row.Error : _refusals.TryGetValue(call, out var found) ? found : null;
            if (refusal != null || call == null)
            {
                _output.WriteError(refusal!);
                return Task.CompletedTask;
            }

            // Asked just before each call, so -Confirm prompts one call at a time and -WhatIf lists only what would be dialed.
            return _output.ShouldProcess(call.Target, call.Action) ? PlaceAsync(call, cancellationToken) : Task.CompletedTask;
        }

        /// <summary>
        /// Sends the create. One already sent when the pipeline stops is let finish (RetryPolicy.StopGrace), so its answer is known;
        /// a cancelled send was never sent. What the stop kept from being written is kept for <see cref="TakeUnreported"/>.
        /// </summary>
        private async Task PlaceAsync(PlannedCall call, CancellationToken cancellationToken)
        {
            var what = "input " + call.RowNumber + ", " + call.Request.DescribeDestination();
            ApiResponse<CreateCallResponse> response;
            try
            {
                response = await ConnectedOrg.Of(_session).Api.SendAsync(ApiRequest.Create(call.Path, call.Body),
                    GenesysJsonContext.Default.CreateCallResponse, _log, cancellationToken).ConfigureAwait(false);
            }
            catch (GenesysApiException ex)
            {
                try
                {
                    _output.WriteError(ApiErrors.From(ex, call.Row.Target, "Call to " + call.Request.DescribeDestination() + " failed"));
                }
                catch (OperationCanceledException) when (ex is OutcomeUnknownException)
                {
                    _unreported.Add(null, what + ": sent, but its answer was lost, so it may have been placed");
                    throw;
                }

                return;
            }

            var placed = new OutboundCall(response.Value.Id ?? string.Empty, response.Value.SelfUri, call.Request.DescribeDestination(),
                CallRequestBuilder.Given(call.Row.OnBehalfOf), call.Request.CallFromQueueId, call.Endpoint, response.CorrelationId, call.Request,
                call.Row.Input);
            ConnectedOrg.Of(_session).Handoff.Record(placed);
            try
            {
                _output.WriteObject(placed);
            }
            catch (OperationCanceledException)
            {
                _unreported.Add(placed, what + ": placed as conversation " + placed.ConversationId);
                throw;
            }
        }

        /// <summary>Creates sent before the pipeline stopped that were not written, in the order they were answered.</summary>
        public override IReadOnlyList<UnreportedResult> TakeUnreported() => _unreported.TakeAll();

        /// <summary>A row in the window: a call to check and place, or the error it already is.</summary>
        private sealed class PendingRow
        {
            public PendingRow(PlannedCall? call, CommandError? error)
            {
                Call = call;
                Error = error;
            }

            public PlannedCall? Call { get; }

            public CommandError? Error { get; }
        }
    }
}
