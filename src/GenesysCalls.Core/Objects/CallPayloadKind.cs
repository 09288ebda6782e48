namespace GenesysCalls
{
    /// <summary>Which body Test-CallPayload checks: a CreateCallRequest (Call) or a CreateCallbackCommand (Callback).</summary>
    public enum CallPayloadKind
    {
        Call,
        Callback,
    }
}
