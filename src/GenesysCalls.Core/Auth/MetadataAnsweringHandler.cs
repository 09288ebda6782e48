using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace GenesysCalls.Core.Auth
{
    /// <summary>
    /// MSAL's HTTP: answers its /.well-known/openid-configuration request from <see cref="LoginMetadata"/> (reading the RFC 8414
    /// document only for a host not known), and sends what MSAL addressed to https on a loopback http login host as http.
    /// </summary>
    internal sealed class MetadataAnsweringHandler : HttpMessageHandler
    {
        private readonly HttpClient _inner;
        private readonly Uri _loginBase;

        public MetadataAnsweringHandler(HttpClient inner, Uri loginBase)
        {
            _inner = inner;
            _loginBase = loginBase;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = SecureLoopback.AsSent(request.RequestUri!, _loginBase);
            if (!uri.AbsolutePath.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal))
            {
                return await _inner.SendAsync(Clone(request, uri), cancellationToken).ConfigureAwait(false);
            }

            var document = LoginMetadata.Known(_loginBase);
            if (document == null)
            {
                var metadata = new UriBuilder(uri) { Path = LoginMetadata.Path }.Uri;
                using var read = new HttpRequestMessage(HttpMethod.Get, metadata);
                var answer = await _inner.SendAsync(read, cancellationToken).ConfigureAwait(false);
                if (!answer.IsSuccessStatusCode) return answer;
                document = await answer.Content.ReadAsStringAsync().ConfigureAwait(false);
                answer.Dispose();
                LoginMetadata.Remember(_loginBase, document);
            }

            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                RequestMessage = request,
                Content = new StringContent(SecureLoopback.AsMsalSees(document, _loginBase), Encoding.UTF8, "application/json"),
            };
        }

        private static HttpRequestMessage Clone(HttpRequestMessage request, Uri uri)
        {
            var copy = new HttpRequestMessage(request.Method, uri) { Content = request.Content };
            foreach (var header in request.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            return copy;
        }
    }

    /// <summary>MSAL refuses http authorities; a loopback http login host is shown to it as https and sent as http.</summary>
    internal static class SecureLoopback
    {
        public static bool Applies(Uri loginBase) => loginBase.Scheme == "http" && GenesysEndpoint.IsLoopback(loginBase);

        public static Uri AsHttps(Uri loginBase) => Applies(loginBase)
            ? new UriBuilder(loginBase) { Scheme = "https", Port = loginBase.Port }.Uri : loginBase;

        public static Uri AsSent(Uri uri, Uri loginBase)
        {
            var shown = AsHttps(loginBase);
            return Applies(loginBase) && uri.Scheme == "https" && uri.Host == shown.Host && uri.Port == shown.Port
                ? new UriBuilder(uri) { Scheme = "http", Port = loginBase.Port }.Uri : uri;
        }

        public static string AsMsalSees(string document, Uri loginBase) => Applies(loginBase)
            ? document.Replace("http://" + loginBase.Authority, "https://" + AsHttps(loginBase).Authority) : document;
    }
}
