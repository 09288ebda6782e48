using System;
using System.Threading;
using System.Threading.Tasks;

namespace GenesysCalls.Core.Auth
{
    /// <summary>-AccessToken: used as given until the service rejects it.</summary>
    internal sealed class StaticTokenSource : ITokenSource
    {
        private readonly AccessToken _token;

        public StaticTokenSource(string token, DateTimeOffset? expiresAt)
        {
            _token = new AccessToken(token, expiresAt ?? DateTimeOffset.MaxValue);
        }

        public AuthFlow Flow => AuthFlow.AccessToken;

        public bool CanRenew => false;

        public Task<AccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken) => Task.FromResult(_token);
    }
}
