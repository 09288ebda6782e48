using System;
using System.Collections.Generic;
using System.Linq;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Rows;

namespace GenesysCalls.Core.Validation
{
    /// <summary>
    /// The fields of #/definitions/CreateCallRequest and #/definitions/Destination, and nothing else: the one table the walker,
    /// the body writer, New-OutboundCall's builder and the hints read. The order is the order bodies are written in.
    /// </summary>
    internal static class CallPayloadFields
    {
        public static readonly IReadOnlyList<CallField<CreateCallRequest>> Root = new[]
        {
            Field("phoneNumber", FieldKind.DialString, r => r.PhoneNumber, (r, v) => r.PhoneNumber = (string)v,
                row => CallRequestBuilder.FromContact(row, CallContactKind.Phone) ?? CallRequestBuilder.Given(row.PhoneNumber),
                isDestination: true, parameter: new RowField("PhoneNumber", CellKind.Text)),
            Field("callerId", FieldKind.DialString, r => r.CallerId, (r, v) => r.CallerId = (string)v, row => CallRequestBuilder.Given(row.CallerId),
                parameter: new RowField("CallerId", CellKind.Text)),
            Field("callerIdName", FieldKind.Text, r => r.CallerIdName, (r, v) => r.CallerIdName = (string)v,
                row => CallRequestBuilder.Given(row.CallerIdName), parameter: new RowField("CallerIdName", CellKind.Text)),
            Field("callFromQueueId", FieldKind.Id, r => r.CallFromQueueId, (r, v) => r.CallFromQueueId = (string)v,
                row => CallRequestBuilder.Given(row.FromQueueId), parameter: new RowField("FromQueueId", CellKind.Text, "CallFromQueueId")),
            Field("callQueueId", FieldKind.Id, r => r.CallQueueId, (r, v) => r.CallQueueId = (string)v,
                row => CallRequestBuilder.FromContact(row, CallContactKind.Queue) ?? CallRequestBuilder.Given(row.CallQueueId), isDestination: true,
                parameter: new RowField("CallQueueId", CellKind.Text)),
            Field("callUserId", FieldKind.Id, r => r.CallUserId, (r, v) => r.CallUserId = (string)v,
                row => CallRequestBuilder.FromContact(row, CallContactKind.User) ?? CallRequestBuilder.Given(row.CallUserId), isDestination: true,
                parameter: new RowField("CallUserId", CellKind.Text)),
            Field("priority", FieldKind.Int32, r => r.Priority, (r, v) => r.Priority = (int)v, row => row.Priority, queueOnly: true,
                parameter: new RowField("Priority", CellKind.Int32)),
            Field("attributes", FieldKind.StringMap, r => r.Attributes, (r, v) => r.Attributes = (Dictionary<string, string>)v,
                row => RowAttributes.Read(row.Attributes), parameter: new RowField("Attribute", CellKind.AsGiven, "Attributes")),
            Field("languageId", FieldKind.Id, r => r.LanguageId, (r, v) => r.LanguageId = (string)v, row => CallRequestBuilder.Given(row.LanguageId),
                queueOnly: true, parameter: new RowField("LanguageId", CellKind.Text)),
            Field("routingSkillsIds", FieldKind.IdArray, r => r.RoutingSkillsIds, (r, v) => r.RoutingSkillsIds = (List<string>)v,
                CallRequestBuilder.SkillIds, queueOnly: true, parameter: new RowField("SkillId", CellKind.CommaList, "RoutingSkillsIds")),
            Field("routingSkillExpression", FieldKind.Text, r => r.RoutingSkillExpression, (r, v) => r.RoutingSkillExpression = (string)v,
                row => CallRequestBuilder.Given(row.SkillExpression), queueOnly: true,
                parameter: new RowField("SkillExpression", CellKind.Text, "RoutingSkillExpression")),
            // No parameter: only a piped -Request carries conversationIds.
            Field("conversationIds", FieldKind.IdArray, r => r.ConversationIds, (r, v) => r.ConversationIds = (List<string>)v, row => null,
                isDestination: true),
            Field("participants", FieldKind.Participants, r => r.Participants, (r, v) => r.Participants = (List<Destination>)v,
                row => row.Participants?.Select(CallRequestBuilder.ToDestination).ToList(), isDestination: true),
            Field("uuiData", FieldKind.Text, r => r.UuiData, (r, v) => r.UuiData = (string)v, row => CallRequestBuilder.Given(row.UuiData),
                parameter: new RowField("UuiData", CellKind.Text)),
            Field("externalContactId", FieldKind.Id, r => r.ExternalContactId, (r, v) => r.ExternalContactId = (string)v,
                row => CallRequestBuilder.Given(row.ExternalContactId), parameter: new RowField("ExternalContactId", CellKind.Text)),
            Field("label", FieldKind.Text, r => r.Label, (r, v) => r.Label = (string)v, row => CallRequestBuilder.Given(row.Label),
                parameter: new RowField("Label", CellKind.Text)),
        };

        public static readonly IReadOnlyList<CallField<Destination>> Participant = new[]
        {
            new CallField<Destination>("address", FieldKind.DialString, d => d.Address, (d, v) => d.Address = (string)v),
            new CallField<Destination>("name", FieldKind.Text, d => d.Name, (d, v) => d.Name = (string)v),
            new CallField<Destination>("userId", FieldKind.Id, d => d.UserId, (d, v) => d.UserId = (string)v),
            new CallField<Destination>("queueId", FieldKind.Id, d => d.QueueId, (d, v) => d.QueueId = (string)v),
        };

        public static readonly IReadOnlyDictionary<string, CallField<CreateCallRequest>> RootByName =
            Root.ToDictionary(f => f.Name, StringComparer.Ordinal);

        public static readonly IReadOnlyDictionary<string, CallField<Destination>> ParticipantByName =
            Participant.ToDictionary(f => f.Name, StringComparer.Ordinal);

        public static readonly IReadOnlyList<string> RootNames = Root.Select(f => f.Name).ToArray();

        public static readonly IReadOnlyList<string> DestinationNames = Participant.Select(f => f.Name).ToArray();

        public static readonly string DestinationList = string.Join(", ", Root.Where(f => f.IsDestination).Select(f => f.Name));

        private static CallField<CreateCallRequest> Field(string name, FieldKind kind, Func<CreateCallRequest, object?> get,
            Action<CreateCallRequest, object> set, Func<OutboundCallRow, object?> fromRow, bool isDestination = false, bool queueOnly = false,
            RowField? parameter = null) =>
            new CallField<CreateCallRequest>(name, kind, get, set, fromRow, isDestination, queueOnly) { Parameter = parameter };
    }
}
