using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Outcomes
{
    /// <summary>Get-, Wait- and Stop-OutboundCall as declared by their attributes.</summary>
    public class OutboundCallCmdletContractTests
    {
        [Theory]
        [InlineData("Get-OutboundCall")]
        [InlineData("Wait-OutboundCall")]
        [InlineData("Stop-OutboundCall")]
        public void Conversation_ids_bind_by_value_and_by_property_name(string name)
        {
            var cmdlet = BuiltModule.Cmdlet(name);
            var id = cmdlet.Parameters.Single(p => p.Name == "ConversationId");
            Assert.Equal("System.String[]", id.TypeName);
            // Not Mandatory: rows give it (the row reader, not PowerShell's binder); with neither it nor input the command ends with an error.
            Assert.Contains(id.Sets, s => s.ValueFromPipeline && s.ValueFromPipelineByPropertyName && !s.Mandatory && s.Position == 0);
            var input = cmdlet.Parameters.Single(p => p.Name == "InputObject");
            Assert.True(input.DontShow);
            Assert.Equal("GenesysCalls.GenesysSession", cmdlet.Parameters.Single(p => p.Name == "Session").TypeName);
        }

        [Fact]
        public void Stop_asks_at_high_impact_and_the_readers_do_not_ask()
        {
            var stop = BuiltModule.Cmdlet("Stop-OutboundCall");
            Assert.True(stop.SupportsShouldProcess);
            Assert.Equal("High", stop.ConfirmImpact);
            Assert.False(BuiltModule.Cmdlet("Wait-OutboundCall").SupportsShouldProcess);
        }

        [Fact]
        public void Wait_has_until_and_timeout_and_both_readers_write_statuses()
        {
            var wait = BuiltModule.Cmdlet("Wait-OutboundCall");
            Assert.Equal("GenesysCalls.OutboundCallCondition", wait.Parameters.Single(p => p.Name == "Until").TypeName);
            Assert.Equal("System.Int32", wait.Parameters.Single(p => p.Name == "TimeoutSec").TypeName);
            // A callback piped in ends as what Get-OutboundCallback writes.
            Assert.Equal(new[] { "GenesysCalls.OutboundCallStatus", "GenesysCalls.OutboundCallbackStatus" }, wait.OutputTypes);
            Assert.Equal("GenesysCalls.OutboundCallStatus", Assert.Single(BuiltModule.Cmdlet("Get-OutboundCall").OutputTypes));
        }

        [Fact]
        public void The_status_is_sealed_with_get_only_properties()
        {
            var type = typeof(OutboundCallStatus);
            Assert.True(type.IsSealed);
            Assert.All(type.GetProperties(), p => Assert.Null(p.GetSetMethod()));
            Assert.Equal(new[] { "AnsweredAt", "Call", "ConversationId", "Destination", "DisconnectType", "DisconnectedBy", "EndedAt", "ErrorCode",
                "OnBehalfOf", "Outcome", "Q850Code", "SipCode", "State", "TalkTime" }, type.GetProperties().Select(p => p.Name).OrderBy(n => n,
                    StringComparer.Ordinal));
        }
    }
}
