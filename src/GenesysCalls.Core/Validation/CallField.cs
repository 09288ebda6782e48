using System;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Rows;

namespace GenesysCalls.Core.Validation
{
    /// <summary>What a property's JSON value is, which decides how it is read, written and checked.</summary>
    internal enum FieldKind
    {
        Text,
        Id,

        /// <summary>A phone number, or an address such as sip:alice@example.com (phoneNumber, callerId, participants[].address).</summary>
        DialString,
        Int32,
        StringMap,
        IdArray,
        Participants,

        /// <summary>CreateCallbackCommand's kinds: a list of numbers, a list of text, true/false, an ISO 8601 date-time, RoutingData,
        /// and a list of objects kept as given (scoredAgents).</summary>
        DialStringArray,
        TextArray,
        Boolean,
        DateTime,
        RoutingData,
        ObjectArray,
    }

    /// <summary>One property of CreateCallRequest (T) or Destination: its name, JSON kind, role, and how to read and write it.</summary>
    internal sealed class CallField<T>
    {
        public CallField(string name, FieldKind kind, Func<T, object?> get, Action<T, object> set, Func<OutboundCallRow, object?>? fromRow = null,
            bool isDestination = false, bool queueOnly = false)
        {
            Name = name;
            Kind = kind;
            Get = get;
            Set = set;
            FromRow = fromRow;
            IsDestination = isDestination;
            QueueOnly = queueOnly;
        }

        public string Name { get; }

        public FieldKind Kind { get; }

        /// <summary>The typed value (string, int, Dictionary, List) or null when absent.</summary>
        public Func<T, object?> Get { get; }

        public Action<T, object> Set { get; }

        /// <summary>The value New-OutboundCall's parameters (a CSV row's columns) give it, or null when they do not.</summary>
        public Func<OutboundCallRow, object?>? FromRow { get; }

        /// <summary>One of the fields of which exactly one may be present.</summary>
        public bool IsDestination { get; }

        /// <summary>Documented as "(if calling a queue)": ignored without callQueueId.</summary>
        public bool QueueOnly { get; }

        /// <summary>The cmdlet parameter (and row column) that gives this field, with its aliases; null when only a whole body does.</summary>
        public RowField? Parameter { get; set; }
    }
}
