namespace GenesysCalls.Emulator;

/// <summary>
/// The plan of one call: every state is computed from the clock (the state at time t), so reads are deterministic and need
/// no timers. Only a hang-up changes the plan. <see cref="CallBook"/> fires at <see cref="Transitions"/> to push events.
/// </summary>
internal sealed class CallTimeline
{
    private readonly double _speed;

    public CallTimeline(string conversationId, DateTimeOffset start, double speed, CallLeg caller, CallLeg remote, CallScenario scenario)
    {
        ConversationId = conversationId;
        Start = start;
        _speed = speed > 0 ? speed : 1;
        Caller = caller;
        Remote = remote;
        Scenario = scenario;
        PlannedScenario = scenario;
    }

    public string ConversationId { get; }
    public DateTimeOffset Start { get; }
    public CallLeg Caller { get; }
    public CallLeg Remote { get; }

    /// <summary>What the dialled number asked for, kept after a hang-up replaced <see cref="Scenario"/>.</summary>
    public CallScenario PlannedScenario { get; }

    public CallScenario Scenario { get; private set; }

    /// <summary>Held while reading or changing the plan and while publishing its events, so events leave in order.</summary>
    public object Gate { get; } = new();

    /// <summary>What <see cref="CallBook"/> last published, to skip transitions that changed nothing.</summary>
    public string? PublishedSignature { get; set; }

    /// <summary>The moment <see cref="CallBook"/> last published the call as of: it never publishes an older one.</summary>
    public DateTimeOffset PublishedAt { get; set; } = DateTimeOffset.MinValue;

    private DateTimeOffset CallerConnectedAt => Point(CallScenario.CallerConnectsAfter);
    private DateTimeOffset? AnsweredAt => Scenario.AnswerAfter is { } a && a < Scenario.EndAfter ? Point(a) : null;
    private DateTimeOffset EndAt => Point(Scenario.EndAfter);
    private DateTimeOffset TerminatedAt => Point(Scenario.EndAfter + CallScenario.TerminatedAfterEnd);

    public CallMoment At(DateTimeOffset now)
    {
        lock (Gate)
        {
            var ended = now >= EndAt;
            var endTime = ended ? EndAt : (DateTimeOffset?)null;
            var endState = now >= TerminatedAt ? "terminated" : "disconnected";

            var callerConnected = CallerConnectedAt < EndAt && now >= CallerConnectedAt ? CallerConnectedAt : (DateTimeOffset?)null;
            var callerState = ended ? endState : callerConnected != null ? "connected" : "alerting";
            var caller = new LegSnapshot(Caller, callerState, Start, callerConnected, endTime,
                ended ? Scenario.CallerDisconnectType : null, Scenario);

            var answered = AnsweredAt is { } at && now >= at ? at : (DateTimeOffset?)null;
            var remoteState = ended ? endState : answered != null ? "connected" : Remote.Alerts ? "alerting" : "dialing";
            var remote = new LegSnapshot(Remote, remoteState, Start, answered, endTime,
                ended ? Scenario.RemoteDisconnectType : null, Scenario)
            { IsRemote = true };
            return new CallMoment(this, now, caller, remote);
        }
    }

    /// <summary>The moments at which some leg changes state.</summary>
    public IReadOnlyList<DateTimeOffset> Transitions()
    {
        lock (Gate)
        {
            var points = new List<DateTimeOffset> { Start };
            if (CallerConnectedAt < EndAt) points.Add(CallerConnectedAt);
            if (AnsweredAt is { } answered) points.Add(answered);
            points.Add(EndAt);
            points.Add(TerminatedAt);
            return points;
        }
    }

    /// <summary>Ends the call now. False when it had already ended.</summary>
    public bool HangUp(bool callerSide, DateTimeOffset now)
    {
        lock (Gate)
        {
            if (now >= EndAt) return false;
            var elapsed = Math.Max(0, (now - Start).TotalSeconds * _speed);
            var answered = AnsweredAt is { } at && now >= at ? Scenario.AnswerAfter : null;
            Scenario = CallScenario.HungUpByApi(callerSide, elapsed, answered);
            return true;
        }
    }

    private DateTimeOffset Point(double seconds) => Start + TimeSpan.FromTicks((long)Math.Round(seconds / _speed * TimeSpan.TicksPerSecond));
}
