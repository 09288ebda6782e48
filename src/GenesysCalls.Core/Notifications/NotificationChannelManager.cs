using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;

namespace GenesysCalls.Core.Notifications
{
    /// <summary>
    /// Spreads topics over channels (at most 1,000 topics each, never more than 20 channels) and opens them as needed.
    /// When no channel can be had (no notifications scope, a refused channel, a blocked WebSocket) it says so once and
    /// answers every later subscription with that reason, so the caller can poll instead.
    /// </summary>
    internal sealed class NotificationChannelManager
    {
        private readonly GenesysApiClient _api;
        private readonly IApiLog _log;
        private readonly ChannelSettings _settings;
        private readonly INotificationSink _sink;
        private readonly bool _skipCertificateCheck;
        private readonly List<ChannelConnection> _channels = new List<ChannelConnection>();
        private readonly SemaphoreSlim _gate = new SemaphoreSlim(1, 1);
        private string? _unavailable;

        public NotificationChannelManager(GenesysApiClient api, IApiLog log, ChannelSettings settings, INotificationSink sink,
            bool skipCertificateCheck)
        {
            _api = api;
            _log = log;
            _settings = settings;
            _sink = sink;
            _skipCertificateCheck = skipCertificateCheck;
        }

        public int ChannelCount
        {
            get { lock (_channels) return _channels.Count; }
        }

        /// <summary>Why live following is impossible, once it is known to be.</summary>
        public string? Unavailable => _unavailable;

        /// <summary>Marks live following impossible before trying (such as a token without the notifications scope).</summary>
        public void Disable(string reason) => _unavailable ??= reason;

        public async Task<SubscriptionResult> SubscribeAsync(IReadOnlyCollection<string> topics, CancellationToken cancellationToken)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var result = new SubscriptionResult();
                var fresh = topics.Distinct().ToList();
                lock (_channels) fresh = fresh.Where(t => !_channels.Any(c => c.Has(t))).ToList();
                while (fresh.Count > 0)
                {
                    if (_unavailable != null)
                    {
                        result.RejectAll(fresh, _unavailable);
                        break;
                    }

                    var channel = await ChannelWithRoomAsync(cancellationToken).ConfigureAwait(false);
                    if (channel == null)
                    {
                        result.RejectAll(fresh, _unavailable ?? "all " + _settings.MaxChannels + " channels are full");
                        break;
                    }

                    var batch = fresh.Take(_settings.MaxTopicsPerChannel - channel.TopicCount).ToList();
                    fresh = fresh.Skip(batch.Count).ToList();
                    try
                    {
                        result.Add(await channel.SubscribeAsync(batch, cancellationToken).ConfigureAwait(false));
                    }
                    catch (GenesysApiException ex)
                    {
                        result.RejectAll(batch, "the subscription was refused (" + (ex.Code ?? ex.StatusCode.ToString()) + ")");
                    }
                }

                return result;
            }
            finally
            {
                _gate.Release();
            }
        }

        public async Task StopAsync()
        {
            ChannelConnection[] channels;
            lock (_channels) channels = _channels.ToArray();
            await Task.WhenAll(channels.Select(c => c.StopAsync())).ConfigureAwait(false);
        }

        private async Task<ChannelConnection?> ChannelWithRoomAsync(CancellationToken cancellationToken)
        {
            lock (_channels)
            {
                var open = _channels.FirstOrDefault(c => !c.IsDead && c.TopicCount < _settings.MaxTopicsPerChannel);
                if (open != null) return open;
                if (_channels.Count >= _settings.MaxChannels) return null;
            }

            try
            {
                var channel = await ChannelConnection.OpenAsync(_api, _log, _settings, _sink, _skipCertificateCheck, cancellationToken)
                    .ConfigureAwait(false);
                lock (_channels) _channels.Add(channel);
                _sink.OnVerbose("Following calls live: notification channel " + ChannelCount + " open.");
                return channel;
            }
            catch (GenesysApiException ex)
            {
                _unavailable = "creating a notification channel was refused (" + ex.StatusCode + " " + (ex.Code ?? string.Empty) + ")";
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                _unavailable = "the notification WebSocket could not be opened (" + ex.Message + ")";
            }

            return null;
        }
    }
}
