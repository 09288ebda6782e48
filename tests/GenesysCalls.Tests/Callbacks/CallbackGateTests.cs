using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Outcomes;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Callbacks
{
    public class CallbackGateTests : CallbackKit
    {
        /// <summary>
        /// Wait-OutboundCall stops when nothing is pending: a callback handed over but not yet taken must still count, or
        /// its call is never followed (it once ended with no output and no error).
        /// </summary>
        [Fact]
        public async Task A_callback_counts_as_pending_until_its_handoff_is_taken()
        {
            var callback = await OneAsync("+15557770011", string.Empty);
            var gate = new CallbackGate(Session, GenesysCalls.Core.Http.NullApiLog.Instance, new FollowSettings());
            try
            {
                gate.Add(CallInput.From(callback.ConversationId, callback), null);
                await Task.Delay(1500);
                Assert.Equal(1, gate.Pending);
                Assert.True(gate.TryTake(out var handoff));
                Assert.True(handoff.Dialled);
                Assert.Equal(0, gate.Pending);
                Assert.False(gate.TryTake(out _));
            }
            finally
            {
                await gate.StopAsync();
            }
        }
    }
}
