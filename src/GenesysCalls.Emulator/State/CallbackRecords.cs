namespace GenesysCalls.Emulator;

/// <summary>Where a held callback is: waiting in its queue, offered to an agent, dialled (its call plays), or cancelled.</summary>
internal enum EmCallbackStage
{
    Waiting,
    Offered,
    Dialled,
    Cancelled,
}

/// <summary>One callback conversation the org holds: what the create asked for, and what has happened to it since.</summary>
internal sealed class EmCallback
{
    public required string Id { get; init; }
    public required string CustomerParticipantId { get; init; }
    public required string AcdParticipantId { get; init; }
    public required string AgentParticipantId { get; init; }
    public required string CreatedByClientId { get; init; }
    public required IReadOnlyList<string> Numbers { get; set; }
    public required string RequestJson { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string QueueId { get; set; } = string.Empty;
    public DateTimeOffset ScheduledAt { get; set; }
    public string? UserName { get; init; }
    public string? CallerId { get; init; }
    public string? CallerIdName { get; init; }
    public string? ScriptId { get; init; }
    public string? CountryCode { get; set; }
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    /// <summary>Offered to these first when they are ready (routingData.preferredAgentIds, or the agentId of a PATCH).</summary>
    public List<string> PreferredAgentIds { get; init; } = new();

    public EmCallbackStage Stage { get; set; }
    public string? AgentId { get; set; }
    public DateTimeOffset? OfferedAt { get; set; }
    public DateTimeOffset? DialledAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public int Updates { get; set; }
}
