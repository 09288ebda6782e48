using System.Management.Automation;

namespace GenesysCalls.Cmdlets
{
    /// <summary>Turns a campaign on: the dialer starts calling its contact list.</summary>
    [Cmdlet(VerbsLifecycle.Start, "OutboundCampaign", DefaultParameterSetName = IdSet, SupportsShouldProcess = true,
        ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(OutboundCampaign))]
    public sealed class StartOutboundCampaignCommand : OutboundCampaignStatusCmdlet
    {
        protected override bool TurnOn => true;
    }
}
