using System.Management.Automation;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsCommon.Get, "OutboundCampaign", DefaultParameterSetName = NameSet)]
    [OutputType(typeof(OutboundCampaign))]
    public sealed class GetOutboundCampaignCommand : ConnectedCmdlet
    {
        private const string NameSet = "Name";
        private const string IdSet = "Id";

        [Parameter(Position = 0, ParameterSetName = NameSet)]
        [ArgumentCompleter(typeof(CampaignNameCompleter))]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = IdSet)]
        [Alias("CampaignId")]
        [ArgumentCompleter(typeof(CampaignIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>Adds the progress counts (one more request per campaign).</summary>
        [Parameter]
        public SwitchParameter Progress { get; set; }

        internal override CommandRun Begin() => CommandRun.Of(new OutboundCampaignReader(Output, ResolveSession()) { Progress = Progress },
            () => new[] { ParameterSetName == IdSet ? NameOrIds.ById(Id) : NameOrIds.ByName(Name) });
    }
}
