using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace GenesysCalls.Core.Auth
{
    /// <summary>
    /// The login host's RFC 8414 metadata, which MSAL asks for before the first token. Genesys publishes it per region
    /// (shared/genesys-api/oauth.md: issuer https://login.&lt;domain&gt;, /oauth/authorize, /oauth/token), so a region's document is
    /// written here, never read; any other host's is read once and remembered, in memory and in a small file, so later
    /// processes do not read it again.
    /// </summary>
    internal static class LoginMetadata
    {
        public const string Path = "/.well-known/oauth-authorization-server";
        private const int FileEntries = 32;
        private static readonly ConcurrentDictionary<string, string> Seen =
            new ConcurrentDictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Where documents of hosts that are not regions are remembered between processes; null remembers nothing on disk.</summary>
        public static string? CacheFile { get; set; } = DefaultCacheFile();

        /// <summary>The document when it is known without asking: a region's published one, or one read before.</summary>
        public static string? Known(Uri loginBase)
        {
            var key = Key(loginBase);
            if (GenesysRegion.All.FirstOrDefault(r => loginBase.Scheme == "https" && loginBase.IsDefaultPort
                && string.Equals(r.LoginHost, loginBase.Host, StringComparison.OrdinalIgnoreCase)) is { } region)
            {
                return Published("https://" + region.LoginHost);
            }

            if (Seen.TryGetValue(key, out var seen)) return seen;
            var stored = ReadFile().FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase));
            if (stored.Value == null) return null;
            Seen[key] = stored.Value;
            return stored.Value;
        }

        /// <summary>What -Verbose says about the metadata before signing in.</summary>
        public static string Describe(Uri loginBase, string? region) => Known(loginBase) == null
            ? "Reading the login host's metadata once (GET " + Path + "): " + loginBase.Authority
                + " is not a Genesys region and this machine has not read it before."
            : region != null && loginBase.Scheme == "https" && loginBase.IsDefaultPort
                ? "The login metadata of " + region + " is Genesys's published document: not read."
                : "The login metadata of " + loginBase.Authority + " was read before: not read again.";

        public static void Remember(Uri loginBase, string document)
        {
            var key = Key(loginBase);
            var line = document.Replace("\r", " ").Replace("\n", " ");
            Seen[key] = line;
            Store(key, line);
        }

        /// <summary>A document that led nowhere (the host changed) is not offered again, by this process or the next.</summary>
        public static void Forget(Uri loginBase)
        {
            var key = Key(loginBase);
            if (Seen.TryRemove(key, out _)) Store(key, null);
        }

        /// <summary>Rewrites the file with <paramref name="line"/> first for the key (null: without the key), newest entries kept.</summary>
        private static void Store(string key, string? line)
        {
            if (CacheFile == null) return;
            try
            {
                var others = ReadFile().Where(e => !string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase))
                    .Select(e => e.Key + "\t" + e.Value);
                var entries = (line == null ? others : new[] { key + "\t" + line }.Concat(others)).Take(FileEntries).ToArray();
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(CacheFile)!);
                var temporary = CacheFile + "." + Guid.NewGuid().ToString("N");
                File.WriteAllLines(temporary, entries);
                if (File.Exists(CacheFile)) File.Delete(CacheFile);
                File.Move(temporary, CacheFile);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // Another process wrote it first, or the profile is read-only: the next process reads the document again.
            }
        }

        private static string Published(string issuer) =>
            "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/oauth/authorize\",\"token_endpoint\":\"" + issuer
            + "/oauth/token\",\"response_types_supported\":[\"code\"],\"response_modes_supported\":[\"query\"],\"grant_types_supported\":"
            + "[\"authorization_code\",\"client_credentials\",\"refresh_token\",\"urn:ietf:params:oauth:grant-type:saml2-bearer\"],"
            + "\"code_challenge_methods_supported\":[\"S256\"],\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\","
            + "\"client_secret_post\"]}";

        private static string Key(Uri loginBase) => loginBase.Scheme + "://" + loginBase.Authority;

        private static KeyValuePair<string, string>[] ReadFile()
        {
            try
            {
                if (CacheFile == null || !File.Exists(CacheFile)) return new KeyValuePair<string, string>[0];
                return File.ReadAllLines(CacheFile).Select(l => l.Split(new[] { '\t' }, 2)).Where(p => p.Length == 2)
                    .Select(p => new KeyValuePair<string, string>(p[0], p[1])).ToArray();
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return new KeyValuePair<string, string>[0];
            }
        }

        private static string? DefaultCacheFile()
        {
            var folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return string.IsNullOrEmpty(folder) ? null : System.IO.Path.Combine(folder, "GenesysCalls", "login-metadata.txt");
        }
    }
}
