using System;
using System.Security.Cryptography;
using System.Text;

namespace GenesysCalls.Core.Auth
{
    /// <summary>RFC 7636 verifier and S256 challenge.</summary>
    internal static class Pkce
    {
        public static string NewVerifier() => Base64Url(RandomBytes(48));

        public static string NewState() => Base64Url(RandomBytes(16));

        public static string Challenge(string verifier)
        {
            using var sha = SHA256.Create();
            return Base64Url(sha.ComputeHash(Encoding.ASCII.GetBytes(verifier)));
        }

        private static byte[] RandomBytes(int count)
        {
            var bytes = new byte[count];
            using var rng = RandomNumberGenerator.Create();
            rng.GetBytes(bytes);
            return bytes;
        }

        private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
