using System;
using System.Threading.Tasks;

namespace GenesysCalls.Core.Auth
{
    /// <summary>A bearer token and when it stops working. ToString never shows the value.</summary>
    internal sealed class AccessToken
    {
        public AccessToken(string value, DateTimeOffset expiresAt)
        {
            Value = value;
            ExpiresAt = expiresAt;
            IssuedAt = DateTimeOffset.UtcNow;
        }

        public string Value { get; }

        public DateTimeOffset ExpiresAt { get; }

        public DateTimeOffset IssuedAt { get; }

        public override string ToString() => "AccessToken (expires " + ExpiresAt.ToString("u") + ")";
    }

    internal interface ITokenSource
    {
        AuthFlow Flow { get; }

        /// <summary>False for a token the user brought: nothing can renew it.</summary>
        bool CanRenew { get; }

        Task<AccessToken> AcquireAsync(bool forceRefresh, System.Threading.CancellationToken cancellationToken);
    }
}
