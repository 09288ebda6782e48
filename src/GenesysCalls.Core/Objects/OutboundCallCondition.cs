namespace GenesysCalls
{
    /// <summary>What Wait-OutboundCall waits for: Answered (connected, or answered and already ended) or Ended.</summary>
    public enum OutboundCallCondition
    {
        Answered,
        Ended,
    }
}
