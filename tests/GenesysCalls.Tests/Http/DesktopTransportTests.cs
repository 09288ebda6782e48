using System.Net;
using System.Net.Security;
using GenesysCalls.Core.Http;
using Xunit;

namespace GenesysCalls.Tests.Http
{
    /// <summary>Windows PowerShell 5.1's process-wide transport settings: widened only as far as the module needs.</summary>
    public sealed class DesktopTransportTests
    {
        // Ssl3 48, Tls 192, Tls11 768, Tls12 3072 (numbers: .NET marks the old names obsolete).
        [Theory]
        [InlineData(48 | 192, 48 | 192 | 3072)]
        [InlineData(768, 768 | 3072)]
        [InlineData(3072, null)]
        [InlineData(192 | 3072, null)]
        [InlineData(0, null)]
        public void Tls12_is_added_to_what_the_process_offers_and_SystemDefault_is_left_alone(int current, int? expected)
        {
            Assert.Equal((SecurityProtocolType?)expected, DesktopTransport.WithTls12((SecurityProtocolType)current));
        }

        [Fact]
        public void Only_a_trusted_loopback_address_skips_the_certificate_check()
        {
            Assert.False(DesktopTransport.Trust(new Uri("wss://example.com/channels/1")));
            Assert.True(DesktopTransport.Trust(new Uri("wss://127.0.0.1:48123/channels/1")));
#pragma warning disable SYSLIB0014 // .NET Framework's ClientWebSocket hands its HttpWebRequest to the callback.
            static object Request(string uri) => WebRequest.CreateHttp(uri);
#pragma warning restore SYSLIB0014
            var broken = SslPolicyErrors.RemoteCertificateChainErrors;
            Assert.True(DesktopTransport.Validate(Request("https://127.0.0.1:48123/channels/2"), null, null, broken));
            Assert.False(DesktopTransport.Validate(Request("https://127.0.0.1:48124/channels/2"), null, null, broken));
            Assert.False(DesktopTransport.Validate(Request("https://example.com/"), null, null, broken));
            Assert.True(DesktopTransport.Validate(Request("https://example.com/"), null, null, SslPolicyErrors.None));
            Assert.False(DesktopTransport.Validate(new object(), null, null, broken));
            Assert.False(DesktopTransport.Applies);
        }
    }
}
