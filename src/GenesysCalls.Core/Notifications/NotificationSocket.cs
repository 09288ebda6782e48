using System;
using System.IO;
using System.Net.Security;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Http;

namespace GenesysCalls.Core.Notifications
{
    /// <summary>One WebSocket to a channel's connectUri: whole text messages in, text out.</summary>
    internal sealed class NotificationSocket : IDisposable
    {
        private readonly ClientWebSocket _socket = new ClientWebSocket();
        private readonly SemaphoreSlim _sending = new SemaphoreSlim(1, 1);

        private NotificationSocket()
        {
        }

        public static async Task<NotificationSocket> ConnectAsync(Uri connectUri, bool skipCertificateCheck, TimeSpan timeout,
            CancellationToken cancellationToken)
        {
            var socket = new NotificationSocket();
            try
            {
                if (skipCertificateCheck && GenesysEndpoint.IsLoopback(connectUri)) AcceptAnyCertificate(socket._socket.Options, connectUri);
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                limit.CancelAfter(timeout);
                await socket._socket.ConnectAsync(connectUri, limit.Token).ConfigureAwait(false);
                return socket;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        /// <summary>The next text message, or null when the server closed the socket.</summary>
        public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
        {
            var buffer = new ArraySegment<byte>(new byte[16 * 1024]);
            using var message = new MemoryStream();
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close) return null;
                message.Write(buffer.Array!, 0, result.Count);
                if (result.EndOfMessage) return Encoding.UTF8.GetString(message.ToArray());
            }
        }

        public async Task SendAsync(string text, CancellationToken cancellationToken)
        {
            await _sending.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await _socket.SendAsync(new ArraySegment<byte>(Encoding.UTF8.GetBytes(text)), WebSocketMessageType.Text, true, cancellationToken)
                    .ConfigureAwait(false);
            }
            finally
            {
                _sending.Release();
            }
        }

        /// <summary>Ends the socket now; a pending receive fails, which is how a dead socket is given up.</summary>
        public void Abort() => _socket.Abort();

        public void Dispose()
        {
            _socket.Abort();
            _socket.Dispose();
            _sending.Dispose();
        }

        /// <summary>
        /// netstandard2.0 has no certificate callback on ClientWebSocketOptions; .NET Core 2.1+ has one at run time, and .NET
        /// Framework takes it from ServicePointManager.
        /// Only ever used for loopback (the emulator's self-signed certificate).
        /// </summary>
        private static void AcceptAnyCertificate(ClientWebSocketOptions options, Uri connectUri)
        {
            var property = typeof(ClientWebSocketOptions).GetProperty("RemoteCertificateValidationCallback");
            if (property != null) property.SetValue(options, new RemoteCertificateValidationCallback((sender, certificate, chain, errors) => true));
            else DesktopTransport.TrustLoopback(connectUri);
        }
    }
}
