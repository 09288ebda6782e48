using System;

namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// One conversation given to Get-, Wait- or Stop-OutboundCall: an id, possibly with the OutboundCall or
    /// OutboundCallStatus it came from (so the status keeps the call and its input row).
    /// </summary>
    internal sealed class CallInput
    {
        private CallInput(string conversationId, OutboundCall? call, OutboundCallStatus? status, object? input)
        {
            ConversationId = conversationId;
            Call = call;
            Status = status;
            Input = input;
        }

        public string ConversationId { get; }

        public OutboundCall? Call { get; }

        public OutboundCallStatus? Status { get; }

        /// <summary>The callback this id came on (New-OutboundCallback's output): Wait-OutboundCall waits for its agent to dial first.</summary>
        public OutboundCallback? Callback { get; private set; }

        public OutboundCallbackStatus? CallbackStatus { get; private set; }

        internal bool IsCallback => Callback != null || CallbackStatus != null;

        /// <summary>What the error records carry as their target.</summary>
        public object Target => (object?)Status ?? (object?)Call ?? Input ?? ConversationId;

        internal object? Input { get; }

        /// <summary>The id and, when the pipeline object is one of ours, the call it stands for.</summary>
        public static CallInput From(string conversationId, object? pipelineObject)
        {
            var id = (conversationId ?? string.Empty).Trim();
            return pipelineObject switch
            {
                OutboundCallStatus status when SameId(status.ConversationId, id) => new CallInput(id, status.Call, status, status),
                OutboundCall call when SameId(call.ConversationId, id) => new CallInput(id, call, null, call),
                OutboundCallback callback when SameId(callback.ConversationId, id) =>
                    new CallInput(id, null, null, callback) { Callback = callback },
                OutboundCallbackStatus status when SameId(status.ConversationId, id) =>
                    new CallInput(id, null, null, status) { CallbackStatus = status, Callback = status.Callback },
                _ => new CallInput(id, null, null, pipelineObject),
            };
        }

        /// <summary>A row that gave no conversation (or one that could not be read): its error says why.</summary>
        public static CallInput Unreadable(object? row, string problem) => new CallInput(string.Empty, null, null, row) { Problem = problem };

        /// <summary>Why the row names no conversation.</summary>
        internal string? Problem { get; private set; }

        internal bool IsValidId => Problem == null && Guid.TryParse(ConversationId, out _);

        internal CommandError InvalidId() => new CommandError(Problems.InvalidConversationId, Target,
            Problem ?? "'" + ConversationId
                + "' is not a conversation id (a GUID, as New-OutboundCall returns in ConversationId). Nothing was requested for it.");

        internal OutboundCallStatus InitialStatus(GenesysSession session) =>
            Status ?? OutboundCallStatus.Initial(ConversationId, Call, Call?.OnBehalfOf ?? (session.IsUserContext ? session.UserId : null));

        internal string Describe() => ConversationId + (Call != null ? " (" + Call.Destination + ")" : Status?.Destination != null ? " ("
            + Status.Destination + ")" : string.Empty);

        private static bool SameId(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }
}
