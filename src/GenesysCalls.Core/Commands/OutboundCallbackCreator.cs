using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// New-OutboundCallback: each row is planned offline from the field table as it arrives, then, in input order, refused
    /// with its reason or offered to ShouldProcess and created with one request. Every row ends as one OutboundCallback or
    /// one error with its row; a create whose answer was lost is OutcomeUnknown and never sent again.
    /// </summary>
    internal sealed class OutboundCallbackCreator : CommandOperation<OutboundCallbackRow>
    {
        private const string Path = "/api/v2/conversations/callbacks";
        private readonly ICommandOutput _output;
        private readonly GenesysSession _session;
        private readonly IApiLog _log;
        private readonly WindowedPipeline<Pending> _rows;
        private readonly HashSet<string> _unknownKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public OutboundCallbackCreator(ICommandOutput output, GenesysSession session)
        {
            _output = output;
            _session = session;
            _log = new OutputApiLog(output);
            _rows = new WindowedPipeline<Pending>(OutboundCallPlacer.WindowSize, (_, __) => Task.CompletedTask, CreateOrRefuseAsync)
                .WithProgress(new ProgressReporter(output, ProgressActivity.CreatingCallbacks, "Creating callbacks"), "rows processed",
                    shownAbove: 1);
        }

        /// <summary>Send requests whose only findings are warnings (a past time, a number not in E.164 form).</summary>
        public bool Force { get; set; }

        public int ThrottleLimit
        {
            get => _rows.ParallelLimit;
            set => _rows.ParallelLimit = value;
        }

        public int? ExpectedTotal
        {
            get => _rows.ExpectedTotal;
            set => _rows.ExpectedTotal = value;
        }

        public override Task ProcessAsync(OutboundCallbackRow row, CancellationToken cancellationToken)
        {
            foreach (var key in row.UnknownKeys ?? new string[0]) WarnUnknownKey(key);
            if (row.Problem != null) return RejectAsync(row.Target, row.Problem, cancellationToken);
            var planned = CallbackPlanner.Plan(row, Force, out var error, out var note);
            if (note != null) _output.WriteVerbose("Row " + (_rows.Seen + 1) + ": the scheduled time " + note + ".");
            return _rows.AddAsync(new Pending(planned, error), cancellationToken);
        }

        /// <summary>A key of a piped hashtable that names no parameter: said once per key.</summary>
        private void WarnUnknownKey(string key)
        {
            if (!_unknownKeys.Add(key)) return;
            _output.WriteWarning("The key '" + key + "' names no parameter of New-OutboundCallback, so it was ignored. Keys bind like CSV columns: "
                + "PhoneNumber (or CallbackNumbers), QueueId, ScheduledTime, Name (or CallbackUserName), Data, CallerId, PreferredAgentId, ...");
        }

        /// <summary>A row the cmdlet could not even read (a hashtable value of the wrong type).</summary>
        private Task RejectAsync(object input, Rows.RowProblem problem, CancellationToken cancellationToken) =>
            _rows.AddAsync(new Pending(null, new CommandError(Problems.InvalidInput, input, "Not sent: " + problem.Message)
            {
                RecommendedAction = problem.RecommendedAction,
            }), cancellationToken);

        public override Task CompleteAsync(CancellationToken cancellationToken) => _rows.CompleteAsync(cancellationToken);

        private Task CreateOrRefuseAsync(Pending row, CancellationToken cancellationToken)
        {
            if (row.Callback == null)
            {
                _output.WriteError(row.Error!);
                return Task.CompletedTask;
            }

            return _output.ShouldProcess(row.Callback.Target, "Create a callback via " + CallbackPlanner.Endpoint)
                ? CreateAsync(row.Callback, cancellationToken) : Task.CompletedTask;
        }

        private async Task CreateAsync(PlannedCallback callback, CancellationToken cancellationToken)
        {
            try
            {
                var response = await ConnectedOrg.Of(_session).Api.SendAsync(ApiRequest.Create(Path, callback.Body),
                    GenesysJsonContext.Default.JsonElement, _log, cancellationToken).ConfigureAwait(false);
                var answer = response.Value;
                var id = answer.TryGetProperty("conversation", out var conversation) && conversation.TryGetProperty("id", out var value)
                    ? value.GetString() ?? string.Empty : string.Empty;
                _output.WriteObject(new OutboundCallback(id, CallbackId(answer), callback.Request, response.CorrelationId, callback.Row.Input));
            }
            catch (GenesysApiException ex)
            {
                var error = ApiErrors.From(ex, callback.Row.Target, "Callback to " + string.Join(", ", callback.Request.CallbackNumbers!)
                    + " failed");
                if (ex is OutcomeUnknownException)
                {
                    error.RecommendedAction = "Do not create it again before checking: the callback may exist in queue "
                        + callback.Request.TargetQueueId
                        + " (its conversation id was in the lost answer). New-OutboundCallback never resends a create.";
                }

                _output.WriteError(error);
            }
        }

        /// <summary>The EXTERNAL callback identifier, the one a bulk disconnect names (else the first).</summary>
        private static string? CallbackId(JsonElement answer)
        {
            if (!answer.TryGetProperty("callbackIdentifiers", out var list) || list.ValueKind != JsonValueKind.Array) return null;
            var items = list.EnumerateArray().ToList();
            var external = items.FirstOrDefault(i => i.TryGetProperty("type", out var type) && type.GetString() == "EXTERNAL");
            var chosen = external.ValueKind == JsonValueKind.Object ? external : items.FirstOrDefault();
            return chosen.ValueKind == JsonValueKind.Object && chosen.TryGetProperty("id", out var id) ? id.GetString() : null;
        }

        private sealed class Pending
        {
            public Pending(PlannedCallback? callback, CommandError? error)
            {
                Callback = callback;
                Error = error;
            }

            public PlannedCallback? Callback { get; }

            public CommandError? Error { get; }
        }
    }
}
