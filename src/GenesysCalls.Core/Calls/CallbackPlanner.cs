using System.Linq;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Validation;

namespace GenesysCalls.Core.Calls
{
    /// <summary>One callback decided before any request: the body the field table writes, validated as Test-CallPayload -Kind Callback.</summary>
    internal sealed class PlannedCallback
    {
        public PlannedCallback(OutboundCallbackRow row, string body, CreateCallbackCommand request)
        {
            Row = row;
            Body = body;
            Request = request;
        }

        public OutboundCallbackRow Row { get; }

        public string Body { get; }

        public CreateCallbackCommand Request { get; }

        public string Target => "callback to " + string.Join(", ", Request.CallbackNumbers ?? new System.Collections.Generic.List<string>())
            + " in queue " + Request.TargetQueueId + (Request.CallbackScheduledTime != null ? " at " + Request.CallbackScheduledTime : " (due now)");
    }

    /// <summary>New-OutboundCallback's offline decisions for one row.</summary>
    internal static class CallbackPlanner
    {
        public const string Endpoint = "POST /api/v2/conversations/callbacks";

        /// <summary>The plan, or null with the row's error; <paramref name="note"/> says how the scheduled time was read.</summary>
        public static PlannedCallback? Plan(OutboundCallbackRow row, bool force, out CommandError? error, out string? note)
        {
            error = null;
            note = null;
            string body;
            try
            {
                CallbackTimes.Read(row.ScheduledTime, out note);
                body = WriteBody(row);
            }
            catch (InvalidRowValueException ex)
            {
                error = RowError(row, Problems.InvalidValue, "Not sent: " + ex.Message,
                    "Fix the value named above: ScheduledTime as [datetime] or ISO 8601 text, Data as a hashtable or a JSON object of text values.");
                return null;
            }

            var validation = CallPayloadValidator.Validate(body, CallPayloadKind.Callback);
            // What the body the row was read from held beyond its typed fields is judged as the body itself: errors refuse, warnings hold.
            var findings = (row.Request?.UntypedFindings ?? new Diagnostic[0]).Concat(validation.Diagnostics).ToList();
            var errors = findings.Where(d => d.Level == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                error = RowError(row, Problems.InvalidRequest,
                    "Not sent: the callback is invalid. " + string.Join(" ", errors.Select(d => d.ToString())) + Unbound(row),
                    "Fix the fields named above; Test-CallPayload -Kind Callback explains each finding.");
                return null;
            }

            var warnings = findings.Where(d => d.Level == DiagnosticSeverity.Warning).ToList();
            if (warnings.Count > 0 && !force)
            {
                error = RowError(row, Problems.RequestHasWarnings,
                    "Not sent: " + string.Join(" ", warnings.Select(d => d.ToString())),
                    "Fix the request, or add -Force to send it anyway.");
                return null;
            }

            return new PlannedCallback(row, body, validation.Callback!);
        }

        /// <summary>The columns that bound to nothing, for the error a misnamed column causes (no numbers, no queue).</summary>
        private static string Unbound(OutboundCallbackRow row) => row.UnboundColumns is { Length: > 0 } columns
            ? " The row's column" + (columns.Length == 1 ? " " : "s ") + string.Join(", ", columns) + (columns.Length == 1 ? " binds" : " bind")
                + " to no parameter of New-OutboundCallback."
            : string.Empty;

        /// <summary>The body the field table writes for the row (its parameters first, then its -Request).</summary>
        /// <exception cref="InvalidRowValueException">A value the row gives cannot be read.</exception>
        public static string WriteBody(OutboundCallbackRow row) => CallBodyWriter.Write(CallbackPayloadFields.Root, field =>
            CallbackPayloadFields.Table.First(entry => entry.Field == field).FromRow(row) ?? (row.Request != null ? field.Get(row.Request) : null));

        public static CommandError RowError(OutboundCallbackRow row, Problem problem, string message, string? advice = null) =>
            new CommandError(problem, row.Target, message) { RecommendedAction = advice };
    }
}
