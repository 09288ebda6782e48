using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Security;
using System.Runtime.InteropServices;
using System.Security.Cryptography.X509Certificates;

namespace GenesysCalls.Core.Http
{
    /// <summary>
    /// What .NET Framework (Windows PowerShell 5.1) needs that .NET does per client: its HttpClient and ClientWebSocket take
    /// TLS versions and certificate checks from the process-wide ServicePointManager, so both are widened there, as little as
    /// possible. Nothing happens on .NET (PowerShell 7), which ignores ServicePointManager for these.
    /// </summary>
    internal static class DesktopTransport
    {
        private static readonly object Gate = new object();
        private static readonly HashSet<string> TrustedLoopback = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private static RemoteCertificateValidationCallback? _previous;
        private static bool _chained;

        /// <summary>.NET Framework or Mono: the runtimes whose HTTP stack reads ServicePointManager.</summary>
        public static bool Applies { get; } = RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal)
            || RuntimeInformation.FrameworkDescription.StartsWith("Mono", StringComparison.Ordinal);

        /// <summary>
        /// Genesys Cloud accepts TLS 1.2 and later; a default Windows PowerShell 5.1 may offer only SSL 3 and TLS 1.0. TLS 1.2 is
        /// added to what the process offers; nothing is removed, and SystemDefault (the OS decides) is left alone.
        /// </summary>
        public static void EnsureTls12()
        {
            if (!Applies) return;
            lock (Gate)
            {
                if (WithTls12(ServicePointManager.SecurityProtocol) is { } protocols) ServicePointManager.SecurityProtocol = protocols;
            }
        }

        /// <summary>The protocols to set, or null to leave them as they are.</summary>
        internal static SecurityProtocolType? WithTls12(SecurityProtocolType current) =>
            current == 0 || (current & SecurityProtocolType.Tls12) != 0 ? (SecurityProtocolType?)null : current | SecurityProtocolType.Tls12;

        /// <summary>
        /// ClientWebSocket on .NET Framework has no certificate callback of its own (its handshake is an HttpWebRequest), so the
        /// process's callback is chained, once: a certificate is accepted unchecked only for a loopback address a session asked
        /// to skip checks for (the emulator); every other decision stays with the callback that was there, or the default.
        /// </summary>
        public static void TrustLoopback(Uri uri)
        {
            if (!Applies || !Trust(uri)) return;
            lock (Gate)
            {
                if (_chained) return;
                _previous = ServicePointManager.ServerCertificateValidationCallback;
                ServicePointManager.ServerCertificateValidationCallback = Validate;
                _chained = true;
            }
        }

        /// <summary>Remembers a loopback address whose certificate is not checked; false for any other address.</summary>
        internal static bool Trust(Uri uri)
        {
            if (!uri.IsLoopback) return false;
            lock (Gate) TrustedLoopback.Add(uri.Authority);
            return true;
        }

        internal static bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
        {
            if (sender is HttpWebRequest request && IsTrusted(request.RequestUri)) return true;
            var previous = _previous;
            return previous != null ? previous(sender, certificate!, chain!, errors) : errors == SslPolicyErrors.None;
        }

        private static bool IsTrusted(Uri uri)
        {
            lock (Gate) return uri.IsLoopback && TrustedLoopback.Contains(uri.Authority);
        }
    }
}
