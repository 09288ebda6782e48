namespace GenesysCalls.Emulator;

/// <summary>One Q.850 or SIP cause, as `DisconnectReason{type, code, phrase}` shows it.</summary>
internal sealed record CallCause(string Type, int Code, string Phrase);

/// <summary>
/// How a call plays out, in seconds at call speed 1. Disconnect types use the event/`Call` vocabulary
/// (`timeout` where the REST CallMediaParticipant says `system`).
/// </summary>
internal sealed record CallScenario(
    string Name,
    double? AnswerAfter,
    double EndAfter,
    string CallerDisconnectType,
    string RemoteDisconnectType,
    IReadOnlyList<CallCause> Causes,
    string? ErrorCode = null,
    string? ErrorMessage = null)
{
    public const double CallerConnectsAfter = 1;
    public const double TerminatedAfterEnd = 2;

    private const double AnswerDelay = 3;
    private const double TalkTime = 20;

    private static readonly CallCause NormalClearing = new("q850", 16, "Normal call clearing");

    public static readonly CallScenario NoAnswer = new("noAnswer", null, 30, "peer", "timeout",
        new[] { new CallCause("q850", 19, "No answer from user (user alerted)"), new CallCause("sip", 480, "Temporarily Unavailable") });

    public static readonly CallScenario Busy = new("busy", null, 2, "peer", "endpoint",
        new[] { new CallCause("q850", 17, "User busy"), new CallCause("sip", 486, "Busy Here") });

    public static readonly CallScenario InvalidNumber = new("invalidNumber", null, 0.2, "peer", "error",
        new[] { new CallCause("q850", 1, "Unallocated (unassigned) number"), new CallCause("sip", 404, "Not Found") },
        "error.ininedgecontrol.remote.unallocated", "The number dialed is not assigned.");

    public static readonly CallScenario CallerHangsUp = new("callerHangsUp", AnswerDelay, AnswerDelay + TalkTime, "client", "peer",
        new[] { NormalClearing });

    public static readonly CallScenario Rejected = new("rejected", null, 5, "peer", "endpoint",
        new[] { new CallCause("q850", 21, "Call rejected"), new CallCause("sip", 603, "Decline") });

    public static readonly CallScenario StaysConnected = new("staysConnected", AnswerDelay, 3600, "system", "system",
        new[] { NormalClearing });

    public static readonly CallScenario RemoteHangsUp = new("remoteHangsUp", AnswerDelay, AnswerDelay + TalkTime, "peer", "endpoint",
        new[] { NormalClearing });

    /// <summary>The last-digit rule for dialled numbers (README "The emulator").</summary>
    public static CallScenario ForNumber(string dialled)
    {
        var lastDigit = dialled.LastOrDefault(char.IsAsciiDigit);
        return lastDigit switch
        {
            '0' => NoAnswer,
            '1' => Busy,
            '2' => InvalidNumber,
            '3' => CallerHangsUp,
            '4' => Rejected,
            '9' => StaysConnected,
            _ => RemoteHangsUp,
        };
    }

    /// <summary>A hang-up through the API: the side that asked shows `client`, the other `peer`.</summary>
    public static CallScenario HungUpByApi(bool callerSide, double at, double? answeredAfter) =>
        new("hungUp", answeredAfter, at, callerSide ? "client" : "peer", callerSide ? "peer" : "client", new[] { NormalClearing });

    /// <summary>The REST CallMediaParticipant enum has no `timeout`; a dialling timeout reads `system` there.</summary>
    public static string ForMediaParticipant(string disconnectType) => disconnectType == "timeout" ? "system" : disconnectType;
}
