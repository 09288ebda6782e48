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
        private CampaignStatusChanger? _command;

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = NameSet)]
        [ArgumentCompleter(typeof(CampaignNameCompleter))]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        /// <summary>From the pipeline: a campaign from Get-OutboundCampaign binds through its Id property.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
        [Alias("CampaignId")]
        [ArgumentCompleter(typeof(CampaignIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>Writes the campaign as the service answered the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected abstract bool TurnOn { get; }

        protected override void BeginProcessing() => Run(() =>
        {
            var session = ResolveSession();
            _command = new CampaignStatusChanger(Output, session, TurnOn) { PassThru = PassThru };
        });

        protected override void ProcessRecord() => RunAsync(async token =>
        {
            if (ParameterSetName == NameSet)
            {
                await _command!.ByNameAsync(Name, token).ConfigureAwait(false);
                return;
            }

            foreach (var id in Id) await _command!.ByIdAsync(id, token).ConfigureAwait(false);
        });
    }
}
