using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace GenesysCalls.Core.Auth
{
    /// <summary>Waits on the loopback redirect URI for the browser to come back with ?code=…&amp;state=… (or ?error=…).</summary>
    internal sealed class LoopbackRedirectListener : IDisposable
    {
        private readonly List<TcpListener> _listeners = new List<TcpListener>();

        public LoopbackRedirectListener(Uri redirectUri)
        {
            if (redirectUri.Scheme != "http" || !GenesysEndpoint.IsLoopback(redirectUri))
            {
                throw new AuthenticationFailedException("-RedirectUri " + redirectUri
                    + " is not a loopback http address this machine can listen on.",
                    recommendedAction: "Pass -RedirectUri http://localhost:<port>/ (or http://127.0.0.1:<port>/), as listed on the OAuth client.");
            }

            var addresses = redirectUri.Host == "localhost" ? new[] { IPAddress.Loopback, IPAddress.IPv6Loopback }
                : new[] { IPAddress.Parse(redirectUri.Host.Trim('[', ']')) };
            foreach (var address in addresses)
            {
                try
                {
                    var listener = new TcpListener(address, redirectUri.Port);
                    listener.Start();
                    _listeners.Add(listener);
                }
                catch (SocketException) when (_listeners.Count > 0 || address.Equals(IPAddress.IPv6Loopback))
                {
                    // One loopback family is enough (IPv6 may be off).
                }
                catch (SocketException ex)
                {
                    throw new AuthenticationFailedException("Cannot listen on " + redirectUri + " for the sign-in redirect: " + ex.Message + ".",
                        recommendedAction: "Close what holds port " + redirectUri.Port + ", or pick a free port with -RedirectUri (it must be "
                            + "one of the OAuth client's redirect URIs).");
                }
            }
        }

        public async Task<IReadOnlyDictionary<string, string>> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            var accepts = new List<Task<TcpClient>>();
            foreach (var listener in _listeners) accepts.Add(listener.AcceptTcpClientAsync());
            var waitForCancel = Task.Delay(Timeout.Infinite, limit.Token);
            while (true)
            {
                var finished = await Task.WhenAny(new List<Task>(accepts) { waitForCancel }).ConfigureAwait(false);
                if (finished == waitForCancel)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    throw new AuthenticationFailedException("Nobody completed the browser sign-in within " + timeout.TotalSeconds + " s.",
                        recommendedAction: "Run again and finish the sign-in in the browser, with a larger -TimeoutSec if you need it; unattended "
                            + "scripts sign in with client credentials instead.");
                }

                var index = accepts.IndexOf((Task<TcpClient>)finished);
                using var client = await accepts[index].ConfigureAwait(false);
                accepts[index] = _listeners[index].AcceptTcpClientAsync();
                var query = await ReadCallbackAsync(client).ConfigureAwait(false);
                if (query != null) return query;
            }
        }

        public void Dispose()
        {
            foreach (var listener in _listeners) listener.Stop();
        }

        private static async Task<IReadOnlyDictionary<string, string>?> ReadCallbackAsync(TcpClient client)
        {
            var stream = client.GetStream();
            var reader = new StreamReader(stream, Encoding.ASCII, false, 8192, leaveOpen: true);
            var requestLine = await reader.ReadLineAsync().ConfigureAwait(false);
            var parts = requestLine?.Split(' ');
            if (parts == null || parts.Length < 2 || parts[0] != "GET" || parts[1].IndexOf('?') < 0)
            {
                await RespondAsync(stream, 404, "Not the sign-in redirect.").ConfigureAwait(false);
                return null;
            }

            var query = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in parts[1].Substring(parts[1].IndexOf('?') + 1).Split('&'))
            {
                var eq = pair.IndexOf('=');
                if (eq > 0) query[Uri.UnescapeDataString(pair.Substring(0, eq))] = Uri.UnescapeDataString(pair.Substring(eq + 1).Replace('+', ' '));
            }

            var ok = query.ContainsKey("code");
            await RespondAsync(stream, 200, ok ? "Signed in to Genesys Cloud. You can close this window and return to PowerShell."
                : "Sign-in did not complete. Return to PowerShell for details.").ConfigureAwait(false);
            return query;
        }

        private static async Task RespondAsync(Stream stream, int status, string message)
        {
            var html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>GenesysCalls</title></head><body><p>"
                + WebUtility.HtmlEncode(message) + "</p></body></html>";
            var body = Encoding.UTF8.GetBytes(html);
            var head = Encoding.ASCII.GetBytes("HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found")
                + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.Length + "\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(head, 0, head.Length).ConfigureAwait(false);
            await stream.WriteAsync(body, 0, body.Length).ConfigureAwait(false);
        }
    }
}
