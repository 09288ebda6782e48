using System.Management.Automation;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    /// <summary>What Start-OutboundCampaign and Stop-OutboundCampaign share: -Name or -Id (from the pipeline), -PassThru, -Session.</summary>
    public abstract class OutboundCampaignStatusCmdlet : ConnectedCmdlet
    {
        protected const string NameSet = "Name";
        protected const string IdSet = "Id";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = NameSet)]
        [ArgumentCompleter(typeof(CampaignNameCompleter))]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        /// <summary>
        /// From the pipeline: a campaign from Get-OutboundCampaign binds through its Id property. Required (in the default set), but
        /// never prompted for: neither -Id nor -Name nor input is a MissingParameter error.
        /// </summary>
        [Parameter(ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [Alias("CampaignId")]
        [ArgumentCompleter(typeof(CampaignIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>Writes the campaign as the service answered the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected abstract bool TurnOn { get; }

        internal sealed override CommandRun Begin()
        {
            RequiredParameters.Require(ParameterSetName == NameSet || MyInvocation.ExpectingInput || Id.Length > 0, "Id",
                "Add -Id <campaign id> or -Name <campaign name>, or pipe campaigns from Get-OutboundCampaign.");
            return CommandRun.Of(new CampaignStatusChanger(Output, ResolveSession(), TurnOn) { PassThru = PassThru },
                () => new[] { ParameterSetName == NameSet ? NameOrIds.ByName(Name) : NameOrIds.ById(Id) });
        }
    }
}
