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

/// <summary>
/// The telephony failures the definition lists (x-inin-error-codes) for POST /api/v2/conversations/calls and
/// .../calls/user/{userId}, with their status and message.
/// </summary>
internal sealed class CallFailures
{
    public static readonly IReadOnlyDictionary<string, (int Status, string Message)> Known = new Dictionary<string, (int, string)>
    {
        ["providerapi.error.station.cannot.resolve"] = (409, "Cannot resolve station."),
        ["providerapi.error.user.does.not.have.a.station"] = (409, "User does not have a station."),
        ["conversation.error.media.failed"] = (409, "The media request failed."),
        ["conversation.error.outbound.call.cannot.be.placed"] = (409, "Outbound call cannot be placed."),
        ["providerapi.error.edge.cannot.resolve"] = (409, "Cannot resolve edge."),
        ["providerapi.error.edge.no.active"] = (409, "Could not find an active Edge in Site."),
        ["providerapi.error.phone.cannot.resolve"] = (409, "Cannot resolve phone."),
        ["providerapi.error.phone.no.active.edge"] = (409, "The phone is not assigned to active Edges."),
        ["providerapi.error.station.no.active.edge"] = (500, "Unable to place call. Could not find an Edge for this station."),
        ["providerapi.error.no.station.for.edge"] =
            (500, "Station assignment for station found, but no primary or secondary Edge id was assigned to it."),
        ["conversation.error.no.user.station"] = (400, "A station is required to place a call."),
        ["conversation.error.cannot.create.conference"] = (400, "Unable to create a conference."),
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

    /// <summary>The failure this call gets, if any (and counts it).</summary>
    public (int Status, string Code, string Message)? Take(string callerUserId)
    {
        lock (_gate)
        {
            if (_settings == null) return null;
            if (_settings.UserId != null && !string.Equals(_settings.UserId, callerUserId, StringComparison.OrdinalIgnoreCase)) return null;
            var (status, message) = Known[_settings.Code];
            var code = _settings.Code;
            if (_settings.Count > 0 && --_left <= 0) _settings = null;
            return (status, code, message);
        }
    }
}
