using System.Management.Automation;

namespace GenesysCalls.Cmdlets
{
    /// <summary>Turns a campaign off: it is stopping until calls in progress end, then off.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "OutboundCampaign", DefaultParameterSetName = IdSet, SupportsShouldProcess = true,
        ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(OutboundCampaign))]
    public sealed class StopOutboundCampaignCommand : OutboundCampaignStatusCmdlet
    {
        protected override bool TurnOn => false;
    }
}
