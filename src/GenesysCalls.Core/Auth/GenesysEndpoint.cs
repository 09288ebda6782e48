using System;
using System.Linq;
using System.Net;

namespace GenesysCalls.Core.Auth
{
    /// <summary>Where a session talks to: the API base, the login base, and whether certificate checks may be skipped.</summary>
    internal sealed class GenesysEndpoint
    {
        private GenesysEndpoint(Uri apiBase, Uri loginBase, string? region, bool skipCertificateCheck)
        {
            ApiBase = apiBase;
            LoginBase = loginBase;
            Region = region;
            SkipCertificateCheck = skipCertificateCheck;
        }

        public Uri ApiBase { get; }

        public Uri LoginBase { get; }

        public string? Region { get; }

        public bool SkipCertificateCheck { get; }

        public static GenesysEndpoint ForRegion(string regionText, bool skipCertificateCheck)
        {
            var region = GenesysRegion.Find(regionText)
                ?? throw new EndpointException("'" + regionText + "' is not a Genesys Cloud region. Use one of: " + string.Join(", ",
                    RegionNames()) + " (or the domain, such as mypurecloud.ie).");
            if (skipCertificateCheck)
            {
                throw new EndpointException("-SkipCertificateCheck is only allowed for loopback hosts (the local emulator); Genesys Cloud regions "
                    + "always present valid certificates.");
            }

            return new GenesysEndpoint(new Uri("https://" + region.ApiHost + "/"), new Uri("https://" + region.LoginHost + "/"), region.Name, false);
        }

        /// <summary>A gateway or the emulator. Plain http and skipped certificate checks are allowed only on loopback.</summary>
        public static GenesysEndpoint ForBaseUri(Uri baseUri, bool skipCertificateCheck)
        {
            if (!baseUri.IsAbsoluteUri || (baseUri.Scheme != "https" && baseUri.Scheme != "http"))
            {
                throw new EndpointException("-BaseUri must be an absolute http(s) address, such as https://api.mypurecloud.com.");
            }

            var loopback = IsLoopback(baseUri);
            if (baseUri.Scheme == "http" && !loopback)
            {
                throw new EndpointException("Refusing plain http to " + baseUri.Host
                    + ": tokens would cross the network unencrypted. Use https; http is only allowed for loopback hosts.");
            }

            if (skipCertificateCheck && !loopback)
            {
                throw new EndpointException("-SkipCertificateCheck is only allowed for loopback hosts (the local emulator), not " + baseUri.Host
                    + ".");
            }

            var api = new UriBuilder(baseUri) { Path = "/", Query = string.Empty, Fragment = string.Empty }.Uri;
            var region = GenesysRegion.Find(api.Host);
            var login = region != null
                ? new Uri("https://" + region.LoginHost + "/")
                : api.Host.StartsWith("api.", StringComparison.OrdinalIgnoreCase)
                    ? new UriBuilder(api) { Host = "login." + api.Host.Substring(4) }.Uri
                    : api;
            return new GenesysEndpoint(api, login, region?.Name, skipCertificateCheck);
        }

        public static bool IsLoopback(Uri uri)
        {
            if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
            return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
        }

        private static string[] RegionNames() => GenesysRegion.All.Select(r => r.Name).ToArray();
    }

    internal sealed class EndpointException : Exception
    {
        public EndpointException(string message)
            : base(message)
        {
        }
    }
}
