using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GenesysCalls.Tests.Support
{
    /// <summary>A plain-HTTP loopback server that answers every request with one canned raw response (for broken-server tests).</summary>
    public sealed class CannedHttpServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();

        public CannedHttpServer(string rawResponse)
        {
            _listener.Start();
            Uri = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
            _ = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    TcpClient client;
                    try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
                    catch (OperationCanceledException) { return; }
                    _ = Task.Run(async () =>
                    {
                        using (client)
                        {
                            var stream = client.GetStream();
                            var buffer = new byte[8192];
                            var request = new StringBuilder();
                            while (!request.ToString().Contains("\r\n\r\n"))
                            {
                                var read = await stream.ReadAsync(buffer);
                                if (read == 0) return;
                                request.Append(Encoding.ASCII.GetString(buffer, 0, read));
                            }

                            Interlocked.Increment(ref _requests);
                            var bytes = Encoding.UTF8.GetBytes(rawResponse);
                            await stream.WriteAsync(bytes);
                        }
                    });
                }
            });
        }

        private int _requests;

        public Uri Uri { get; }

        public int Requests => _requests;

        public static string Response(int status, string contentType, string body, int? contentLength = null) =>
            $"HTTP/1.1 {status} Whatever\r\nContent-Type: {contentType}\r\nContent-Length: {contentLength ?? Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
        }
    }
}
