using System;

namespace GenesysCalls.Core.Outcomes
{
    internal enum FollowResult
    {
        /// <summary>The call reached the condition waited for.</summary>
        Reached,

        /// <summary>Waiting for Answered, the call ended without being answered.</summary>
        EndedUnanswered,

        TimedOut,

        /// <summary>The call could not be read (not found, no permission).</summary>
        Failed,
    }

    /// <summary>How following one call ended: exactly one per followed call.</summary>
    internal sealed class FollowReport
    {
        public FollowReport(OutboundCallStatus status, FollowResult result, Exception? failure = null)
        {
            Status = status;
            Result = result;
            Failure = failure;
        }

        public OutboundCallStatus Status { get; }

        public FollowResult Result { get; }

        public Exception? Failure { get; }
    }
}
