using GenesysCalls.Core.Auth;
using Xunit;

namespace GenesysCalls.Tests.Auth
{
    /// <summary>Issue 21: the warm-up Import-Module starts must run MSAL's whole client-credentials path, and touch nothing.</summary>
    public class SignInWarmUpTests
    {
        [Fact]
        public void The_warm_up_gets_its_canned_token_through_MSAL_without_the_metadata_file()
        {
            var saved = LoginMetadata.CacheFile;
            var file = Path.Combine(Path.GetTempPath(), "gc-warm-up-" + Guid.NewGuid().ToString("N"), "login-metadata.txt");
            try
            {
                LoginMetadata.CacheFile = file;
                Assert.True(SignInWarmUp.Run());
                Assert.False(File.Exists(file));
                Assert.False(Directory.Exists(Path.GetDirectoryName(file)));
            }
            finally
            {
                LoginMetadata.CacheFile = saved;
            }
        }
    }
}
