using GenesysCalls.Core.Http;
using Xunit;

namespace GenesysCalls.Tests.Http
{
    public class RedactorTests
    {
        [Theory]
        [InlineData("Authorization: Bearer abc.def.ghi", "abc.def.ghi")]
        [InlineData("Basic dXNlcjpwYXNz", "dXNlcjpwYXNz")]
        [InlineData("grant_type=refresh_token&refresh_token=r3fr35h&x=1", "r3fr35h")]
        [InlineData("{\"access_token\":\"s3cr3t\",\"expires_in\":5}", "s3cr3t")]
        [InlineData("callback?code=c0d3&state=1", "c0d3")]
        [InlineData("client_secret=hunter2", "hunter2")]
        public void Credentials_are_masked(string text, string secret)
        {
            var redacted = Redactor.Redact(text);
            Assert.DoesNotContain(secret, redacted);
            Assert.Contains("***", redacted);
        }

        [Fact]
        public void Ordinary_text_is_untouched() =>
            Assert.Equal("GET https://api.mypurecloud.com/api/v2/users?id=1 -> 200", Redactor.Redact("GET https://api.mypurecloud.com/api/v2/users?id=1 -> 200"));
    }
}
