namespace GenesysCalls.Emulator;

/// <summary>Who is on one side of an emulated call; fixed when the call is created.</summary>
internal sealed class CallLeg
{
    public required string ParticipantId { get; init; }
    public required string CallId { get; init; }
    public required string Purpose { get; init; }
    public required string Direction { get; init; }
    public EmUser? User { get; init; }
    public EmQueue? Queue { get; init; }
    public string? Address { get; init; }
    public string? Ani { get; init; }
    public string? Dnis { get; init; }
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }

    /// <summary>Genesys users and queue members ring (`alerting`); outside numbers are `dialing`.</summary>
    public bool Alerts { get; init; }
}

/// <summary>One leg as it is at a given moment.</summary>
internal sealed record LegSnapshot(
    CallLeg Leg,
    string State,
    DateTimeOffset StartTime,
    DateTimeOffset? ConnectedTime,
    DateTimeOffset? EndTime,
    string? DisconnectType,
    CallScenario Scenario)
{
    public bool Ended => EndTime != null;

    public bool IsRemote { get; init; }

    public bool HasError => Ended && IsRemote && Scenario.ErrorCode != null;
}

/// <summary>The whole call at a given moment.</summary>
internal sealed record CallMoment(CallTimeline Timeline, DateTimeOffset At, LegSnapshot Caller, LegSnapshot Remote)
{
    public bool Ended => Remote.Ended;

    public string Signature => Caller.State + "/" + Remote.State;

    public IEnumerable<LegSnapshot> Legs => new[] { Caller, Remote };
}
