using System;

namespace GenesysCalls.Core.Sessions
{
    /// <summary>What the session people see shows but only its services know: read lazily, so showing a session costs no request.</summary>
    internal interface ISessionFacts
    {
        /// <summary>True once the org, the client's name and the scopes were read (showing them then sends nothing).</summary>
        bool IsRead { get; }

        /// <summary>The identity, read first if it was not (GET /api/v2/tokens/me, once per session).</summary>
        SessionIdentity Get();

        /// <summary>When the token held now expires, in local time; null when there is none, or it never expires.</summary>
        DateTimeOffset? TokenExpiresAt { get; }
    }
}
