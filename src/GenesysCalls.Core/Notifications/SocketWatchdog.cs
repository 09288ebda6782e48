using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Model;

namespace GenesysCalls.Core.Notifications
{
    /// <summary>
    /// Watches one socket's health: any message (heartbeat, pong, event) counts. A socket quiet for too long gets
    /// {"message":"ping"}; one that stays silent after the ping is aborted, which ends its pending receive.
    /// </summary>
    internal sealed class SocketWatchdog
    {
        private readonly ChannelSettings _settings;
        private long _lastMessageTicks = DateTimeOffset.UtcNow.UtcTicks;
        private long _pingSentTicks;

        public SocketWatchdog(ChannelSettings settings) => _settings = settings;

        public void Touch() => Interlocked.Exchange(ref _lastMessageTicks, DateTimeOffset.UtcNow.UtcTicks);

        /// <summary>Runs until cancelled or the socket is given up; <paramref name="dropped"/> gets the reason.</summary>
        public async Task WatchAsync(NotificationSocket socket, Action<string> dropped, CancellationToken token)
        {
            var shortest = Math.Min(_settings.QuietAfter.TotalMilliseconds, _settings.PongTimeout.TotalMilliseconds);
            var step = TimeSpan.FromMilliseconds(Math.Max(20, shortest / 4));
            Interlocked.Exchange(ref _pingSentTicks, 0);
            while (!token.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(step, token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                var now = DateTimeOffset.UtcNow.UtcTicks;
                var last = Interlocked.Read(ref _lastMessageTicks);
                var ping = Interlocked.Read(ref _pingSentTicks);
                if (ping != 0 && last < ping && now - ping > _settings.PongTimeout.Ticks)
                {
                    dropped("no heartbeat and no answer to a ping for " + (int)TimeSpan.FromTicks(now - last).TotalSeconds + " s");
                    socket.Abort();
                    return;
                }

                if (now - last <= _settings.QuietAfter.Ticks || (ping != 0 && last < ping)) continue;
                Interlocked.Exchange(ref _pingSentTicks, now);
                try
                {
                    var text = JsonSerializer.Serialize(new SocketPing(), GenesysJsonContext.Writer.SocketPing);
                    await socket.SendAsync(text, token).ConfigureAwait(false);
                }
                catch (Exception) when (!token.IsCancellationRequested)
                {
                    dropped("a ping could not be sent");
                    socket.Abort();
                    return;
                }
            }
        }
    }
}
