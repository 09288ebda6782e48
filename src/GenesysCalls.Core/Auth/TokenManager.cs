using System;
using System.Threading;
using System.Threading.Tasks;

namespace GenesysCalls.Core.Auth
{
    /// <summary>
    /// Hands out the current token, renews it shortly before it expires (or after a 401), and makes concurrent
    /// callers share a single renewal.
    /// </summary>
    internal sealed class TokenManager : IDisposable
    {
        private static readonly TimeSpan MaxRenewalMargin = TimeSpan.FromSeconds(60);
        private readonly ITokenSource _source;
        private readonly SemaphoreSlim _gate = new SemaphoreSlim(1, 1);
        private AccessToken? _current;
        private bool _forceNext;

        public TokenManager(ITokenSource source, AccessToken? initial = null)
        {
            _source = source;
            _current = initial;
        }

        public AuthFlow Flow => _source.Flow;

        public bool CanRenew => _source.CanRenew;

        public AccessToken? Current => _current;

        public async Task<AccessToken> GetAsync(CancellationToken cancellationToken)
        {
            var token = _current;
            if (token != null && !NeedsRenewal(token)) return token;
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                token = _current;
                if (token != null && (!NeedsRenewal(token) || !_source.CanRenew)) return token;
                var fresh = await _source.AcquireAsync(_forceNext || token != null, cancellationToken).ConfigureAwait(false);
                _forceNext = false;
                _current = fresh;
                return fresh;
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <summary>The service rejected this token (401): the next caller gets a new one, once, however many report it.</summary>
        public void Reject(AccessToken token)
        {
            if (Interlocked.CompareExchange(ref _current, null, token) == token) _forceNext = true;
        }

        public void Forget() => _current = null;

        public void Dispose() => _gate.Dispose();

        private static bool NeedsRenewal(AccessToken token)
        {
            var lifetime = token.ExpiresAt - token.IssuedAt;
            var margin = TimeSpan.FromTicks(Math.Min(MaxRenewalMargin.Ticks, Math.Max(0, lifetime.Ticks / 10)));
            return DateTimeOffset.UtcNow >= token.ExpiresAt - margin;
        }
    }
}
