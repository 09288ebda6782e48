namespace GenesysCalls.Core.Calls
{
    /// <summary>Everything decided about a row before any request: the body, the endpoint, who places it, what -WhatIf says.</summary>
    internal sealed class PlannedCall
    {
        public PlannedCall(int rowNumber, OutboundCallRow row, string body, CreateCallRequest request, string path, string endpoint,
            string callerId, string target, string action)
        {
            RowNumber = rowNumber;
            Row = row;
            Body = body;
            Request = request;
            Path = path;
            Endpoint = endpoint;
            CallerId = callerId;
            Target = target;
            Action = action;
        }

        /// <summary>1 for the first input row.</summary>
        public int RowNumber { get; }

        public OutboundCallRow Row { get; }

        /// <summary>The body that was validated, to be sent as it is.</summary>
        public string Body { get; }

        /// <summary>The validator's reading of Body, for output.</summary>
        public CreateCallRequest Request { get; }

        public string Path { get; }

        public string Endpoint { get; }

        /// <summary>The user whose station places the call: the agent named by OnBehalfOf, or the session's user.</summary>
        public string CallerId { get; }

        public string Target { get; }

        public string Action { get; }

        /// <summary>Two rows with the same key dial the same destination from the same agent.</summary>
        public string DuplicateKey => CallerId.ToLowerInvariant() + "|" + Request.DescribeDestination();
    }
}
