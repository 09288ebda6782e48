namespace GenesysCalls.Core.Calls
{
    /// <summary>One call to place, as New-OutboundCall's parameters (or a CSV row's columns) describe it.</summary>
    internal sealed class OutboundCallRow
    {
        public CreateCallRequest? Request { get; set; }
        public string? PhoneNumber { get; set; }
        public string? CallUserId { get; set; }
        public string? CallQueueId { get; set; }
        public string[]? Participants { get; set; }
        public CallContact? Contact { get; set; }
        public int? Priority { get; set; }
        public string? LanguageId { get; set; }
        public string[]? SkillIds { get; set; }
        public string? SkillExpression { get; set; }
        public string? OnBehalfOf { get; set; }
        public string? FromQueueId { get; set; }
        public string? CallerId { get; set; }
        public string? CallerIdName { get; set; }
        public string? Label { get; set; }
        public string? ExternalContactId { get; set; }
        public string? UuiData { get; set; }

        /// <summary>A dictionary, or JSON object text (a CSV column).</summary>
        public object? Attributes { get; set; }

        /// <summary>The row's columns that bind to no parameter, as they are named in an error ("'Phone Number' (PhoneNumber?)").</summary>
        public string[]? UnboundColumns { get; set; }

        /// <summary>Why the row could not be read: it is then this row's error, in input order.</summary>
        public Rows.RowProblem? Problem { get; set; }

        /// <summary>A hashtable row's keys that name no parameter (a hashtable is typed on purpose, so they are warned about).</summary>
        public string[]? UnknownKeys { get; set; }

        /// <summary>The pipeline object this row came from, carried into the output or the error.</summary>
        public object? Input { get; set; }

        /// <summary>The Test-AgentPresence answer this row came from, if it did: a fresh one spares the pre-flight its read.</summary>
        public AgentPresence? Presence { get; set; }

        /// <summary>An error's TargetObject: the pipeline row, else the request or the destination the command line named.</summary>
        public object Target => Input ?? (object?)Request ?? DestinationText;

        private string DestinationText =>
            (PhoneNumber ?? CallUserId ?? CallQueueId ?? Contact?.ToString() ?? (Participants != null ? string.Join(", ", Participants)
                : null))?.Trim()
            ?? "(no destination)";
    }
}
