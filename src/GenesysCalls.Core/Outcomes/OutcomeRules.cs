namespace GenesysCalls.Core.Outcomes
{
    /// <summary>How an unanswered call ended, from the strongest evidence down: Q.850 cause, SIP status, error, disconnect type.</summary>
    internal static class OutcomeRules
    {
        public static OutboundCallOutcome Unanswered(int? q850, int? sip, string? errorCode, CallDisconnectType? type)
        {
            if (q850 is { } cause && FromQ850(cause) is { } byCause) return byCause;
            if (sip is { } status && FromSip(status) is { } byStatus) return byStatus;
            if (errorCode != null) return OutboundCallOutcome.Failed;
            return type switch
            {
                CallDisconnectType.Timeout or CallDisconnectType.TransferNoAnswer => OutboundCallOutcome.NoAnswer,
                CallDisconnectType.EndpointDoNotDisturb or CallDisconnectType.TransferDoNotDisturb or CallDisconnectType.Spam =>
                    OutboundCallOutcome.Rejected,
                CallDisconnectType.Error or CallDisconnectType.TransportFailure or CallDisconnectType.Uncallable => OutboundCallOutcome.Failed,
                _ => OutboundCallOutcome.Unknown,
            };
        }

        /// <summary>ITU-T Q.850 cause values. 16 and 31 (normal clearing) say nothing about why nobody answered.</summary>
        internal static OutboundCallOutcome? FromQ850(int cause) => cause switch
        {
            17 => OutboundCallOutcome.Busy,
            21 => OutboundCallOutcome.Rejected,
            18 or 19 or 20 => OutboundCallOutcome.NoAnswer,
            16 or 31 => null,
            _ when cause > 0 && cause < 128 => OutboundCallOutcome.Failed,
            _ => null,
        };

        /// <summary>SIP final responses (RFC 3261).</summary>
        internal static OutboundCallOutcome? FromSip(int status) => status switch
        {
            486 or 600 => OutboundCallOutcome.Busy,
            603 => OutboundCallOutcome.Rejected,
            408 or 480 or 487 => OutboundCallOutcome.NoAnswer,
            _ when status >= 400 && status < 700 => OutboundCallOutcome.Failed,
            _ => null,
        };
    }
}
