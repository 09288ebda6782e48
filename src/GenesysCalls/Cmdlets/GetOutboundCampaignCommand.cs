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
        private OutboundCampaignReader? _command;

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

        protected override void BeginProcessing() => Run(() =>
            _command = new OutboundCampaignReader(Output, ResolveSession()) { Progress = Progress });

        protected override void ProcessRecord() => RunAsync(token =>
            ParameterSetName == IdSet ? _command!.ByIdAsync(Id, token) : _command!.ByNameAsync(Name, token));
    }
}
