namespace GenesysCalls
{
    /// <summary>Where a followed call is: Dialing, Ringing (the agent's phone or the destination), Connected (answered), Ended.</summary>
    public enum OutboundCallState
    {
        Dialing,
        Ringing,
        Connected,
        Ended,
    }

    /// <summary>How an ended call went. Empty (null) until the call has ended.</summary>
    public enum OutboundCallOutcome
    {
        Answered,
        NoAnswer,
        Busy,
        Rejected,
        Failed,
        Unknown,
    }

    /// <summary>Who ended the call: the agent (caller) side, the customer (destination) side, or the platform.</summary>
    public enum CallParty
    {
        Agent,
        Customer,
        System,
    }

    /// <summary>
    /// One vocabulary for the disconnect types that REST (endpoint.donotdisturb), notification events (endpoint.dnd),
    /// analytics segments (dndEndpoint) and detail events (DND_ENDPOINT) spell differently.
    /// </summary>
    public enum CallDisconnectType
    {
        Unknown,
        Endpoint,
        EndpointDoNotDisturb,
        Client,
        System,
        Timeout,
        Transfer,
        TransferConference,
        TransferConsult,
        TransferDoNotDisturb,
        TransferForward,
        TransferNoAnswer,
        TransferNotAvailable,
        TransportFailure,
        Error,
        Peer,
        Other,
        Spam,
        Uncallable,
        Inactivity,
        SessionExpired,
        Takeover,
    }
}
