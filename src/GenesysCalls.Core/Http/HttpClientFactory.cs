using System;
using System.Net;
using System.Net.Http;
using GenesysCalls.Core.Auth;

namespace GenesysCalls.Core.Http
{
    /// <summary>One HttpClient per session: connection reuse, certificate rules, no default timeout (each request sets its own).</summary>
    internal static class HttpClientFactory
    {
        public static HttpClient Create(GenesysEndpoint endpoint, string userAgent)
        {
            DesktopTransport.EnsureTls12();
            var handler = new HttpClientHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            };
            if (endpoint.SkipCertificateCheck && GenesysEndpoint.IsLoopback(endpoint.ApiBase))
            {
                handler.ServerCertificateCustomValidationCallback = (request, certificate, chain, errors) =>
                    request.RequestUri != null && GenesysEndpoint.IsLoopback(request.RequestUri);
            }

            var client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
            client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
            client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
            return client;
        }
    }
}
