using System;
using System.Collections.Generic;
using System.Linq;

namespace GenesysCalls.Core.Validation
{
    internal enum FieldKind
    {
        Text,
        Id,
        Phone,
        Int32,
        StringMap,
        TextArray,
        IdArray,
        Participants,
    }

    internal sealed class FieldSpec
    {
        public FieldSpec(FieldKind kind, bool isDestination = false, bool queueOnly = false)
        {
            Kind = kind;
            IsDestination = isDestination;
            QueueOnly = queueOnly;
        }

        public FieldKind Kind { get; }

        /// <summary>One of the fields of which exactly one may be present.</summary>
        public bool IsDestination { get; }

        /// <summary>Documented as "(if calling a queue)": ignored without callQueueId.</summary>
        public bool QueueOnly { get; }
    }

    /// <summary>The fields of #/definitions/CreateCallRequest and #/definitions/Destination, and nothing else.</summary>
    internal static class CallPayloadFields
    {
        public static readonly IReadOnlyDictionary<string, FieldSpec> Root = new Dictionary<string, FieldSpec>(StringComparer.Ordinal)
        {
            ["phoneNumber"] = new FieldSpec(FieldKind.Phone, isDestination: true),
            ["callerId"] = new FieldSpec(FieldKind.Phone),
            ["callerIdName"] = new FieldSpec(FieldKind.Text),
            ["callFromQueueId"] = new FieldSpec(FieldKind.Id),
            ["callQueueId"] = new FieldSpec(FieldKind.Id, isDestination: true),
            ["callUserId"] = new FieldSpec(FieldKind.Id, isDestination: true),
            ["priority"] = new FieldSpec(FieldKind.Int32, queueOnly: true),
            ["attributes"] = new FieldSpec(FieldKind.StringMap),
            ["languageId"] = new FieldSpec(FieldKind.Id, queueOnly: true),
            ["routingSkillsIds"] = new FieldSpec(FieldKind.IdArray, queueOnly: true),
            ["routingSkillExpression"] = new FieldSpec(FieldKind.Text, queueOnly: true),
            ["conversationIds"] = new FieldSpec(FieldKind.IdArray, isDestination: true),
            ["participants"] = new FieldSpec(FieldKind.Participants, isDestination: true),
            ["uuiData"] = new FieldSpec(FieldKind.Text),
            ["externalContactId"] = new FieldSpec(FieldKind.Id),
            ["label"] = new FieldSpec(FieldKind.Text),
        };

        public static readonly IReadOnlyDictionary<string, FieldSpec> Destination = new Dictionary<string, FieldSpec>(StringComparer.Ordinal)
        {
            ["address"] = new FieldSpec(FieldKind.Text),
            ["name"] = new FieldSpec(FieldKind.Text),
            ["userId"] = new FieldSpec(FieldKind.Id),
            ["queueId"] = new FieldSpec(FieldKind.Id),
        };

        public static readonly IReadOnlyList<string> RootNames = Root.Keys.ToArray();

        public static readonly IReadOnlyList<string> DestinationNames = Destination.Keys.ToArray();

        public static readonly string DestinationList = "phoneNumber, callUserId, callQueueId, participants, conversationIds";
    }
}
