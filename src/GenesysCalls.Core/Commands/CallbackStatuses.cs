using System;
using GenesysCalls.Core.Outcomes;

namespace GenesysCalls.Core.Commands
{
    /// <summary>A callback's status in Get-OutboundCallback's words, whichever cmdlet reports it, so every report says whom it is about.</summary>
    internal static class CallbackStatuses
    {
        /// <summary>Read from the service: where the callback is, with its agent's call once dialled.</summary>
        public static OutboundCallbackStatus Of(CallInput input, CallbackSnapshot callback, OutboundCallStatus? call) =>
            new OutboundCallbackStatus(input.ConversationId,
                call != null ? StateOf(call) : callback.StateBeforeCall ?? OutboundCallbackState.Scheduled, callback.QueueId,
                callback.AgentId ?? call?.OnBehalfOf, callback.ScheduledTime, callback.Numbers, callback.Name, call,
                input.Callback ?? input.CallbackStatus?.Callback);

        /// <summary>Before any read: the status piped in, else the callback as it was created (Scheduled).</summary>
        public static OutboundCallbackStatus FromInput(CallInput input)
        {
            if (input.CallbackStatus != null) return input.CallbackStatus;
            var created = input.Callback ?? throw new InvalidOperationException("Not a callback: " + input.ConversationId);
            return new OutboundCallbackStatus(input.ConversationId, OutboundCallbackState.Scheduled, created.QueueId, null, created.ScheduledTime,
                created.Numbers, created.Name, null, created);
        }

        /// <summary>Once an agent has dialled it, the callback is where its call is.</summary>
        public static OutboundCallbackState StateOf(OutboundCallStatus call) => call.StateValue switch
        {
            OutboundCallState.Connected => OutboundCallbackState.Connected,
            OutboundCallState.Ended => OutboundCallbackState.Ended,
            _ => OutboundCallbackState.Dialing,
        };
    }
}
