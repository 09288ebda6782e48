namespace GenesysCalls.Emulator;

/// <summary>What POST /emulator/call-failures sets: the next calls placed answer this telephony error instead.</summary>
public sealed class CallFailureSettings
{
    public string Code { get; set; } = "";

    /// <summary>How many calls fail; 0 = every call until DELETE /emulator/call-failures.</summary>
    public int Count { get; set; }

    /// <summary>Only calls placed for this user (the caller leg), when set.</summary>
    public string? UserId { get; set; }
}

/// <summary>A failure the definition lists for the create-call operations; some are listed for POST /conversations/calls only.</summary>
internal sealed record CallFailure(int Status, string Message, bool OwnCallsOnly = false);

/// <summary>
/// Every conversation.error.* and providerapi.error.* code the definition lists (x-inin-error-codes) for
/// POST /api/v2/conversations/calls and .../calls/user/{userId}, with its status and message. Telephony and most org state
/// are not modelled, so these are injected; only an inactive caller or one without a station meets one uninvited.
/// </summary>
internal sealed class CallFailures
{
    public static readonly IReadOnlyDictionary<string, CallFailure> Known = new Dictionary<string, CallFailure>
    {
        ["conversation.error.no.user.station"] = new(400, "A station is required to place a call."),
        ["conversation.error.cannot.create.conference"] = new(400, "Unable to create a conference."),
        ["conversation.error.invalid.external.contact"] = new(400, "The external contact supplied is not valid."),
        ["conversation.error.agent.indicated.address.not.allowed"] =
            new(400, "The agent indicated address is not allowed for the user.", OwnCallsOnly: true),
        ["providerapi.error.station.cannot.resolve"] = new(409, "Cannot resolve station."),
        ["providerapi.error.user.does.not.have.a.station"] = new(409, "User does not have a station."),
        ["conversation.error.media.failed"] = new(409, "The media request failed."),
        ["conversation.error.outbound.call.cannot.be.placed"] = new(409, "Outbound call cannot be placed."),
        ["providerapi.error.edge.cannot.resolve"] = new(409, "Cannot resolve edge."),
        ["providerapi.error.ccxml.uri.not_found"] = new(409, "Failed to get CCXML URI from edge config."),
        ["providerapi.error.edge.no.active"] = new(409, "Could not find an active Edge in Site."),
        ["providerapi.error.phone.cannot.resolve"] = new(409, "Cannot resolve phone."),
        ["providerapi.error.phone.no.active.edge"] = new(409, "The phone is not assigned to active Edges."),
        ["providerapi.error.station.no.active.edge"] = new(500, "Unable to place call. Could not find an Edge for this station."),
        ["providerapi.error.no.station.for.edge"] =
            new(500, "Station assignment for station found, but no primary or secondary Edge id was assigned to it."),
    };

    private readonly object _gate = new();
    private CallFailureSettings? _settings;
    private int _left;

    public CallFailureSettings? Settings
    {
        get { lock (_gate) return _settings; }
    }

    /// <summary>False when the code is not one the definition lists for these operations.</summary>
    public bool Set(CallFailureSettings settings)
    {
        if (!Known.ContainsKey(settings.Code)) return false;
        lock (_gate)
        {
            _settings = settings;
            _left = settings.Count;
        }

        return true;
    }

    public void Clear()
    {
        lock (_gate) _settings = null;
    }

    /// <summary>The code this call fails with, if any (and counts it). A code listed for /calls only never hits an on-behalf call.</summary>
    public string? Take(string callerUserId, bool onBehalf)
    {
        lock (_gate)
        {
            if (_settings == null) return null;
            if (_settings.UserId != null && !string.Equals(_settings.UserId, callerUserId, StringComparison.OrdinalIgnoreCase)) return null;
            var code = _settings.Code;
            if (Known[code].OwnCallsOnly && onBehalf) return null;
            if (_settings.Count > 0 && --_left <= 0) _settings = null;
            return code;
        }
    }
}
