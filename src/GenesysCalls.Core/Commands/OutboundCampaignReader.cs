using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Model;
using GenesysCalls.Core.Outbound;

namespace GenesysCalls.Core.Commands
{
    /// <summary>Get-OutboundCampaign: campaigns by name (exact or wildcard) or id, with their progress counts on request.</summary>
    public sealed class OutboundCampaignReader
    {
        private const string Cmdlet = "GetOutboundCampaign";
        private readonly ICommandOutput _output;
        private readonly OutboundApi _api;

        public OutboundCampaignReader(ICommandOutput output, GenesysSession session)
        {
            _output = output;
            _api = new OutboundApi(session.Api, new OutputApiLog(output));
        }

        /// <summary>Adds CampaignProgress counts (one more read per campaign).</summary>
        public bool Progress { get; set; }

        public async Task ByNameAsync(string? name, CancellationToken cancellationToken)
        {
            var pattern = new NamePattern(name ?? "*");
            List<Campaign> found;
            try
            {
                found = (await _api.FindCampaignsAsync(pattern.Prefix, cancellationToken).ConfigureAwait(false)).Where(c =>
                    pattern.Matches(c.Name)).ToList();
            }
            catch (GenesysApiException ex)
            {
                _output.WriteError(ApiErrors.From(ex, Cmdlet, name, "Listing campaigns failed"));
                return;
            }

            foreach (var campaign in found) await WriteAsync(campaign, campaign.Name, cancellationToken).ConfigureAwait(false);
            if (found.Count == 0 && !pattern.IsWildcard)
            {
                _output.WriteError(new CommandError(Cmdlet + "NotFound", ErrorKind.ObjectNotFound, name, "No campaign is named '" + pattern.Text
                    + "'.")
                { RecommendedAction = "Get-OutboundCampaign with no arguments lists them all; -Name takes wildcards." });
            }
        }

        public async Task ByIdAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
        {
            foreach (var raw in ids)
            {
                var id = raw.Trim();
                if (!OutboundApi.IsId(id))
                {
                    _output.WriteError(new CommandError(Cmdlet + "InvalidId", ErrorKind.InvalidArgument, raw, "'" + raw
                        + "' is not a campaign id (a GUID). Nothing was requested for it."));
                    continue;
                }

                try
                {
                    await WriteAsync(await _api.GetCampaignAsync(id, cancellationToken).ConfigureAwait(false), raw,
                        cancellationToken).ConfigureAwait(false);
                }
                catch (GenesysApiException ex) when (ex.StatusCode == 404)
                {
                    _output.WriteError(new CommandError(Cmdlet + "NotFound", ErrorKind.ObjectNotFound, raw, "No campaign has the id " + id + ".",
                        ex));
                }
                catch (GenesysApiException ex)
                {
                    _output.WriteError(ApiErrors.From(ex, Cmdlet, raw, "Reading campaign " + id + " failed"));
                }
            }
        }

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
                    _output.WriteError(ApiErrors.From(ex, Cmdlet + "Progress", target, "Reading the progress of campaign " + campaign.Name
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
