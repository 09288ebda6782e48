using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Sessions;
using GenesysCalls.Core.Validation;

namespace GenesysCalls.Core.Commands
{
    /// <summary>What Set-OutboundCallback changes: the fields of #/definitions/PatchCallbackRequest it has parameters for.</summary>
    internal sealed class CallbackChange
    {
        /// <summary>Required by the definition: the agent the callback is for (the emulator makes it the preferred agent).</summary>
        public string? AgentId { get; set; }

        /// <summary>A DateTime, a DateTimeOffset or ISO 8601 text.</summary>
        public object? ScheduledTime { get; set; }
        public string? QueueId { get; set; }
        public string[]? PhoneNumber { get; set; }
        public string? CountryCode { get; set; }

        /// <summary>Sends a time that has passed (the callback is then due at once) instead of holding the change.</summary>
        public bool Force { get; set; }
    }

    /// <summary>Set-OutboundCallback: one PATCH /api/v2/conversations/callbacks per callback, then its status as it is now.</summary>
    internal sealed class CallbackRescheduler : CommandOperation<CallInput>
    {
        private const string Path = "/api/v2/conversations/callbacks";
        private const string UnknownAdvice = "The change may have been made: Get-OutboundCallback shows the callback's time and queue; "
            + "send Set-OutboundCallback again only if it is unchanged.";
        private readonly ICommandOutput _output;
        private readonly GenesysSession _session;
        private readonly CallbackChange _change;
        private readonly CallbackStatusReader _reader;

        public CallbackRescheduler(ICommandOutput output, GenesysSession session, CallbackChange change)
        {
            RequiredParameters.Require(!string.IsNullOrWhiteSpace(change.AgentId), "AgentId",
                "Add -AgentId <user id> (the agent the callback is for; the service requires it): Test-AgentPresence -Email shows an id.");
            _output = output;
            _session = session;
            _change = change;
            _reader = new CallbackStatusReader(output, session);
        }

        public override async Task ProcessAsync(CallInput input, CancellationToken cancellationToken)
        {
            if (!input.IsValidId)
            {
                _output.WriteError(input.InvalidId());
                return;
            }

            var body = Body(input, out var error);
            if (body == null)
            {
                _output.WriteError(error!);
                return;
            }

            if (!_output.ShouldProcess(input.ConversationId, "Update the callback (PATCH " + Path + "): " + body)) return;
            try
            {
                await ConnectedOrg.Of(_session).Api.SendAsync(ApiRequest.Update(Path, body), GenesysJsonContext.Default.JsonElement,
                    new OutputApiLog(_output), cancellationToken).ConfigureAwait(false);
                _output.WriteObject(await _reader.ReadAsync(input, cancellationToken).ConfigureAwait(false));
            }
            catch (GenesysApiException ex) when (ex.Code == "callback.error.already.triggered")
            {
                _output.WriteError(new CommandError(Problems.AlreadyTriggered, input.Target,
                    "Callback " + input.ConversationId + " has already been offered to an agent (or ended); it can no longer be rescheduled.", ex)
                {
                    Details = ex.Message,
                    RecommendedAction = "Get-OutboundCallback shows where it is; create a new callback for a new time.",
                });
            }
            catch (GenesysApiException ex)
            {
                var failed = ApiErrors.From(ex, input.Target, "Could not update callback " + input.ConversationId);
                if (ex is OutcomeUnknownException) failed.RecommendedAction = UnknownAdvice;
                _output.WriteError(failed);
            }
        }

        private string? Body(CallInput input, out CommandError? error)
        {
            error = null;
            var patch = new PatchCallbackBody
            {
                ConversationId = input.ConversationId,
                AgentId = CallRequestBuilder.Given(_change.AgentId),
                QueueId = CallRequestBuilder.Given(_change.QueueId),
                CallbackNumbers = CallbackPayloadFields.Texts(_change.PhoneNumber),
                CountryCode = CallRequestBuilder.Given(_change.CountryCode),
            };
            try
            {
                patch.CallbackScheduledTime = CallbackTimes.Read(_change.ScheduledTime, out var note);
                if (note != null) _output.WriteVerbose("The scheduled time " + note + ".");
            }
            catch (InvalidRowValueException ex)
            {
                error = new CommandError(Problems.InvalidValue, input.Target, "Not sent: " + ex.Message)
                {
                    RecommendedAction = "Give -ScheduledTime as a [datetime], a [DateTimeOffset] or ISO 8601 text such as 2026-12-03T14:30:00+01:00.",
                };
                return null;
            }

            if (!_change.Force && CallbackTimes.HasPassed(patch.CallbackScheduledTime))
            {
                error = new CommandError(Problems.RequestHasWarnings, input.Target, "Not sent: the scheduled time "
                    + patch.CallbackScheduledTime + " has passed, so callback " + input.ConversationId + " would be due at once.")
                {
                    RecommendedAction = "Give a time in the future, or add -Force to make the callback due now.",
                };
                return null;
            }

            if (patch.AgentId == null || (patch.CallbackScheduledTime == null && patch.QueueId == null))
            {
                error = new CommandError(Problems.NothingToChange, input.Target,
                    "Not sent: PatchCallbackRequest requires agentId, and the service requires a scheduled time or a queueId "
                    + "(callback.error.missing.required.information.for.patch.request).")
                {
                    RecommendedAction = "Give -AgentId with -ScheduledTime or -QueueId.",
                };
                return null;
            }

            return CallBodyWriter.Write(PatchCallbackBody.Fields, patch);
        }

        /// <summary>#/definitions/PatchCallbackRequest, the fields this cmdlet sends, in the definition's order.</summary>
        private sealed class PatchCallbackBody
        {
            public static readonly IReadOnlyList<CallField<PatchCallbackBody>> Fields = new[]
            {
                new CallField<PatchCallbackBody>("agentId", FieldKind.Id, p => p.AgentId, (p, v) => p.AgentId = (string)v),
                new CallField<PatchCallbackBody>("callbackNumbers", FieldKind.DialStringArray, p => p.CallbackNumbers,
                    (p, v) => p.CallbackNumbers = (List<string>)v),
                new CallField<PatchCallbackBody>("callbackScheduledTime", FieldKind.DateTime, p => p.CallbackScheduledTime,
                    (p, v) => p.CallbackScheduledTime = (string)v),
                new CallField<PatchCallbackBody>("conversationId", FieldKind.Id, p => p.ConversationId, (p, v) => p.ConversationId = (string)v),
                new CallField<PatchCallbackBody>("countryCode", FieldKind.Text, p => p.CountryCode, (p, v) => p.CountryCode = (string)v),
                new CallField<PatchCallbackBody>("queueId", FieldKind.Id, p => p.QueueId, (p, v) => p.QueueId = (string)v),
            };

            public string? AgentId { get; set; }
            public List<string>? CallbackNumbers { get; set; }
            public string? CallbackScheduledTime { get; set; }
            public string? ConversationId { get; set; }
            public string? CountryCode { get; set; }
            public string? QueueId { get; set; }
        }
    }
}
