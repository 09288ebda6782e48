using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Sessions;
using Xunit;

namespace GenesysCalls.Tests.Commands
{
    /// <summary>
    /// Issue 21: the warm-up Import-Module starts must run the cold job's whole path (MSAL's client-credentials sign-in,
    /// Test-AgentPresence's and New-OutboundCall's operations), and touch nothing: no file, no session anyone can see.
    /// </summary>
    public class FirstJobWarmUpTests
    {
        [Fact]
        public void The_warm_up_runs_sign_in_presence_and_call_without_a_file_or_a_session()
        {
            var saved = LoginMetadata.CacheFile;
            var file = Path.Combine(Path.GetTempPath(), "gc-warm-up-" + Guid.NewGuid().ToString("N"), "login-metadata.txt");
            try
            {
                LoginMetadata.CacheFile = file;
                var sessions = SessionRegistry.Process.All.Count;
                Assert.True(FirstJobWarmUp.Run());
                Assert.Equal(sessions, SessionRegistry.Process.All.Count);
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
