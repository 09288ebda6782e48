namespace GenesysCalls.Core.Calls
{
    /// <summary>One callback to create, as New-OutboundCallback's parameters (or a CSV row's columns) describe it.</summary>
    internal sealed class OutboundCallbackRow
    {
        public CreateCallbackCommand? Request { get; set; }
        public string[]? PhoneNumber { get; set; }
        public string? QueueId { get; set; }

        /// <summary>A DateTime, a DateTimeOffset, or text (a CSV cell).</summary>
        public object? ScheduledTime { get; set; }
        public string? Name { get; set; }

        /// <summary>A dictionary, or JSON object text (a CSV column).</summary>
        public object? Data { get; set; }
        public string? CallerId { get; set; }
        public string? CallerIdName { get; set; }
        public string? ScriptId { get; set; }
        public string[]? PreferredAgentId { get; set; }
        public string? CountryCode { get; set; }

        /// <summary>The row's columns that bind to no parameter, as they are named in an error ("'Phone' (PhoneNumber?)").</summary>
        public string[]? UnboundColumns { get; set; }

        /// <summary>Why the row could not be read: it is then this row's error, in input order.</summary>
        public Rows.RowProblem? Problem { get; set; }

        /// <summary>A hashtable row's keys that name no parameter (a hashtable is typed on purpose, so they are warned about).</summary>
        public string[]? UnknownKeys { get; set; }

        /// <summary>The pipeline object this row came from, carried into the output or the error.</summary>
        public object? Input { get; set; }

        /// <summary>An error's TargetObject: the pipeline row, else the request or the numbers the command line named.</summary>
        public object Target => Input ?? (object?)Request ?? (PhoneNumber is { Length: > 0 } ? string.Join(", ", PhoneNumber) : "(no number)");
    }
}
