using System;
using System.Collections.Generic;
using System.Linq;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Rows;

namespace GenesysCalls.Core.Validation
{
    /// <summary>One property of CreateCallbackCommand, and the value New-OutboundCallback's parameters (a CSV row's columns) give it.</summary>
    internal sealed class CallbackField
    {
        public CallbackField(CallField<CreateCallbackCommand> field, Func<OutboundCallbackRow, object?> fromRow)
        {
            Field = field;
            FromRow = fromRow;
        }

        public CallField<CreateCallbackCommand> Field { get; }

        /// <summary>The value the row gives, or null when it gives none (then the row's -Request value, if any).</summary>
        public Func<OutboundCallbackRow, object?> FromRow { get; }
    }

    /// <summary>
    /// The fields of #/definitions/CreateCallbackCommand and #/definitions/RoutingData, and nothing else: the one table the
    /// walker, the body writer and New-OutboundCallback read. The order is the order bodies are written in.
    /// </summary>
    internal static class CallbackPayloadFields
    {
        public static readonly string[] DeliveryModes = { "UseQueueSetting", "UseAgentReservation", "NoAgentReservation" };

        public static readonly IReadOnlyList<CallbackField> Table = new[]
        {
            Field("callbackNumbers", FieldKind.DialStringArray, r => r.CallbackNumbers, (r, v) => r.CallbackNumbers = (List<string>)v,
                row => Texts(row.PhoneNumber), new RowField("PhoneNumber", CellKind.TextList, "CallbackNumbers")),
            Field("queueId", FieldKind.Id, r => r.QueueId, (r, v) => r.QueueId = (string)v,
                row => Texts(row.PreferredAgentId) == null ? CallRequestBuilder.Given(row.QueueId) : null, new RowField("QueueId", CellKind.Text)),
            Field("routingData", FieldKind.RoutingData, r => r.RoutingData, (r, v) => r.RoutingData = (CallbackRoutingData)v, RoutingFromRow,
                new RowField("PreferredAgentId", CellKind.TextList, "PreferredAgentIds")),
            Field("callbackScheduledTime", FieldKind.DateTime, r => r.CallbackScheduledTime, (r, v) => r.CallbackScheduledTime = (string)v,
                row => CallbackTimes.Read(row.ScheduledTime, out _), new RowField("ScheduledTime", CellKind.AsGiven, "CallbackScheduledTime")),
            Field("callbackUserName", FieldKind.Text, r => r.CallbackUserName, (r, v) => r.CallbackUserName = (string)v,
                row => CallRequestBuilder.Given(row.Name), new RowField("Name", CellKind.Text, "CallbackUserName")),
            Field("callerId", FieldKind.DialString, r => r.CallerId, (r, v) => r.CallerId = (string)v,
                row => CallRequestBuilder.Given(row.CallerId), new RowField("CallerId", CellKind.Text)),
            Field("callerIdName", FieldKind.Text, r => r.CallerIdName, (r, v) => r.CallerIdName = (string)v,
                row => CallRequestBuilder.Given(row.CallerIdName), new RowField("CallerIdName", CellKind.Text)),
            Field("scriptId", FieldKind.Id, r => r.ScriptId, (r, v) => r.ScriptId = (string)v, row => CallRequestBuilder.Given(row.ScriptId),
                new RowField("ScriptId", CellKind.Text)),
            Field("countryCode", FieldKind.Text, r => r.CountryCode, (r, v) => r.CountryCode = (string)v,
                row => CallRequestBuilder.Given(row.CountryCode), new RowField("CountryCode", CellKind.Text)),
            Field("data", FieldKind.StringMap, r => r.Data, (r, v) => r.Data = (Dictionary<string, string>)v,
                row => RowAttributes.Read(row.Data, "Data"), new RowField("Data", CellKind.AsGiven)),
            // No parameters: only a piped -Request carries these.
            Field("customerFirstCallbackDeliveryMode", FieldKind.Text, r => r.CustomerFirstCallbackDeliveryMode,
                (r, v) => r.CustomerFirstCallbackDeliveryMode = (string)v, row => null),
            Field("validateCallbackNumbers", FieldKind.Boolean, r => r.ValidateCallbackNumbers, (r, v) => r.ValidateCallbackNumbers = (bool)v,
                row => null),
        };

        public static readonly IReadOnlyList<CallField<CreateCallbackCommand>> Root = Table.Select(f => f.Field).ToArray();

        public static readonly IReadOnlyList<CallField<CallbackRoutingData>> Routing = new[]
        {
            new CallField<CallbackRoutingData>("queueId", FieldKind.Id, d => d.QueueId, (d, v) => d.QueueId = (string)v),
            new CallField<CallbackRoutingData>("preferredAgentIds", FieldKind.IdArray, d => d.PreferredAgentIds,
                (d, v) => d.PreferredAgentIds = (List<string>)v),
            new CallField<CallbackRoutingData>("languageId", FieldKind.Id, d => d.LanguageId, (d, v) => d.LanguageId = (string)v),
            new CallField<CallbackRoutingData>("priority", FieldKind.Int32, d => d.Priority, (d, v) => d.Priority = (int)v),
            new CallField<CallbackRoutingData>("skillIds", FieldKind.IdArray, d => d.SkillIds, (d, v) => d.SkillIds = (List<string>)v),
            new CallField<CallbackRoutingData>("skillExpression", FieldKind.Text, d => d.SkillExpression, (d, v) => d.SkillExpression = (string)v),
            new CallField<CallbackRoutingData>("label", FieldKind.Text, d => d.Label, (d, v) => d.Label = (string)v),
            new CallField<CallbackRoutingData>("routingFlags", FieldKind.TextArray, d => d.RoutingFlags, (d, v) => d.RoutingFlags = (List<string>)v),
            new CallField<CallbackRoutingData>("scoredAgents", FieldKind.ObjectArray, d => d.ScoredAgents, (d, v) => d.ScoredAgents = (string)v),
        };

        public static readonly IReadOnlyDictionary<string, CallField<CreateCallbackCommand>> RootByName =
            Root.ToDictionary(f => f.Name, StringComparer.Ordinal);

        public static readonly IReadOnlyDictionary<string, CallField<CallbackRoutingData>> RoutingByName =
            Routing.ToDictionary(f => f.Name, StringComparer.Ordinal);

        public static readonly IReadOnlyList<string> RootNames = Root.Select(f => f.Name).ToArray();

        public static readonly IReadOnlyList<string> RoutingNames = Routing.Select(f => f.Name).ToArray();

        /// <summary>The values given, without blanks; null when none.</summary>
        public static List<string>? Texts(IEnumerable<string?>? values)
        {
            var given = values?.Select(CallRequestBuilder.Given).Where(v => v != null).Select(v => v!).ToList();
            return given is { Count: > 0 } ? given : null;
        }

        /// <summary>-PreferredAgentId moves the queue into routingData, so the body names its queue once.</summary>
        private static object? RoutingFromRow(OutboundCallbackRow row)
        {
            var agents = Texts(row.PreferredAgentId);
            if (agents == null) return null;
            var routing = row.Request?.RoutingData ?? new CallbackRoutingData();
            return new CallbackRoutingData
            {
                QueueId = CallRequestBuilder.Given(row.QueueId) ?? row.Request?.TargetQueueId, PreferredAgentIds = agents, Label = routing.Label,
                LanguageId = routing.LanguageId, Priority = routing.Priority, RoutingFlags = routing.RoutingFlags,
                ScoredAgents = routing.ScoredAgents,
                SkillExpression = routing.SkillExpression, SkillIds = routing.SkillIds,
            };
        }

        private static CallbackField Field(string name, FieldKind kind, Func<CreateCallbackCommand, object?> get,
            Action<CreateCallbackCommand, object> set, Func<OutboundCallbackRow, object?> fromRow, RowField? parameter = null) =>
            new CallbackField(new CallField<CreateCallbackCommand>(name, kind, get, set) { Parameter = parameter }, fromRow);
    }
}
