using GenesysCalls.ModuleBuilder;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Outbound
{
    /// <summary>The outbound cmdlets' attributes: impact, pipeline binding, output types, explicit sessions.</summary>
    public class OutboundCmdletContractTests
    {
        [Theory]
        [InlineData("Add-OutboundContact", "Medium", "GenesysCalls.OutboundContact")]
        [InlineData("Start-OutboundCampaign", "High", "GenesysCalls.OutboundCampaign")]
        [InlineData("Stop-OutboundCampaign", "High", "GenesysCalls.OutboundCampaign")]
        public void Changing_cmdlets_support_should_process(string name, string impact, string output)
        {
            var cmdlet = BuiltModule.Cmdlet(name);
            Assert.True(cmdlet.SupportsShouldProcess);
            Assert.Equal(impact, cmdlet.ConfirmImpact);
            Assert.Equal(output, Assert.Single(cmdlet.OutputTypes));
        }

        [Theory]
        [InlineData("Add-OutboundContact", "InputObject", true, false, null)]
        [InlineData("Start-OutboundCampaign", "Id", true, true, "CampaignId")]
        [InlineData("Stop-OutboundCampaign", "Id", true, true, "CampaignId")]
        [InlineData("Stop-OutboundCampaign", "Name", false, false, null)]
        [InlineData("Get-OutboundCampaign", "Id", true, false, "CampaignId")]
        [InlineData("Get-OutboundContactList", "Id", true, false, "ContactListId")]
        public void Pipeline_binding_is_as_documented(string cmdlet, string parameter, bool byValue, bool byPropertyName, string? alias)
        {
            var p = BuiltModule.Cmdlet(cmdlet).Parameters.Single(x => x.Name == parameter);
            Assert.Equal(byValue, p.Sets.Any(s => s.ValueFromPipeline));
            Assert.Equal(byPropertyName, p.Sets.Any(s => s.ValueFromPipelineByPropertyName));
            if (alias != null) Assert.Contains(alias, p.Aliases);
        }

        [Theory]
        [InlineData("Get-OutboundContactList")]
        [InlineData("Add-OutboundContact")]
        [InlineData("Get-OutboundCampaign")]
        [InlineData("Start-OutboundCampaign")]
        [InlineData("Stop-OutboundCampaign")]
        public void They_take_an_explicit_session(string name)
        {
            var session = BuiltModule.Cmdlet(name).Parameters.Single(p => p.Name == "Session");
            Assert.Equal("GenesysCalls.GenesysSession", session.TypeName);
            Assert.Contains(session.Sets, s => s.Name == ParameterSetInfo.AllSets && !s.Mandatory);
        }
    }
}
