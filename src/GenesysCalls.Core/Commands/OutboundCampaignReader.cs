using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Model;
using GenesysCalls.Core.Outbound;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    /// <summary>Get-OutboundCampaign: campaigns by name (exact or wildcard) or id, with their progress counts on request.</summary>
    internal sealed class OutboundCampaignReader : CommandOperation<NameOrIds>
    {
        private readonly ICommandOutput _output;
        private readonly OutboundApi _api;
        private readonly EntityLookup<Campaign> _lookup;

        public OutboundCampaignReader(ICommandOutput output, GenesysSession session)
        {
            _output = output;
            _api = new OutboundApi(ConnectedOrg.Of(session).Api, new OutputApiLog(output));
            _lookup = new EntityLookup<Campaign>(output, "Get-OutboundCampaign", "campaign", _api.FindCampaignsAsync,
                _api.GetCampaignAsync, c => c.Name);
        }

        /// <summary>Adds CampaignProgress counts (one more read per campaign).</summary>
        public bool Progress { get; set; }

        public override Task ProcessAsync(NameOrIds input, CancellationToken cancellationToken) => input.Ids == null
            ? _lookup.ByNameAsync(input.Name, (campaign, target) => WriteAsync(campaign, target, cancellationToken), cancellationToken)
            : _lookup.ByIdAsync(input.Ids, (campaign, target) => WriteAsync(campaign, target, cancellationToken), cancellationToken);

        private async Task WriteAsync(Campaign campaign, object? target, CancellationToken cancellationToken)
        {
            CampaignCounts? counts = null;
            if (Progress && campaign.Id != null)
            {
                try
                {
                    var progress = await _api.GetProgressAsync(campaign.Id, cancellationToken).ConfigureAwait(false);
                    counts = new CampaignCounts
                    {
                        Called = progress.NumberOfContactsCalled, Total = progress.TotalNumberOfContacts, Percentage = progress.Percentage,
                        Skipped = progress.NumberOfContactsSkipped ?? new Dictionary<string, int>(),
                    };
                }
                catch (GenesysApiException ex)
                {
                    _output.WriteError(ApiErrors.From(ex, Problems.Progress, target, "Reading the progress of campaign " + campaign.Name
                        + " failed"));
                    return;
                }
            }

            _output.WriteObject(ToOutput(campaign, counts));
        }

        internal static OutboundCampaign ToOutput(Campaign campaign, CampaignCounts? counts = null) => new OutboundCampaign(campaign.Id
            ?? string.Empty,
            campaign.Name ?? string.Empty, campaign.CampaignStatus, campaign.DialingMode, campaign.ContactList?.Id, campaign.ContactList?.Name,
                campaign.Version, counts);
    }
}
