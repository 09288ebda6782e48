using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Model;
using GenesysCalls.Core.Outbound;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// Start-OutboundCampaign and Stop-OutboundCampaign: read the campaign, ask ShouldProcess, and PUT it back with
    /// campaignStatus on or off and the version read. A version conflict is read again once; a lost answer is settled by
    /// reading the campaign, never by sending again.
    /// </summary>
    internal sealed class CampaignStatusChanger : CommandOperation<NameOrIds>
    {
        private const int VersionAttempts = 3;
        private readonly ICommandOutput _output;
        private readonly OutboundApi _api;
        private readonly string _status;

        /// <param name="turnOn">true: Start-OutboundCampaign (campaignStatus on); false: Stop-OutboundCampaign (off).</param>
        public CampaignStatusChanger(ICommandOutput output, GenesysSession session, bool turnOn)
        {
            _output = output;
            _api = new OutboundApi(ConnectedOrg.Of(session).Api, new OutputApiLog(output));
            _status = turnOn ? "on" : "off";
        }

        public bool PassThru { get; set; }

        private bool TurnOn => _status == "on";

        public override async Task ProcessAsync(NameOrIds input, CancellationToken cancellationToken)
        {
            if (input.Ids == null) await ByNameAsync(input.Name ?? string.Empty, cancellationToken).ConfigureAwait(false);
            else foreach (var id in input.Ids) await ByIdAsync(id, cancellationToken).ConfigureAwait(false);
        }

        private async Task ByNameAsync(string name, CancellationToken cancellationToken)
        {
            var pattern = new NamePattern(name);
            try
            {
                var found = (await _api.FindCampaignsAsync(pattern.Prefix, cancellationToken).ConfigureAwait(false)).Where(c =>
                    pattern.Matches(c.Name) && c.Id != null).ToList();
                if (found.Count == 0)
                {
                    _output.WriteError(new CommandError(Problems.Service.NotFound, name, "No campaign is named '"
                        + pattern.Text + "'. Nothing was changed.")
                    { RecommendedAction = "Get-OutboundCampaign lists the org's campaigns." });
                }

                foreach (var campaign in found) await ChangeAsync(campaign.Id!, name, cancellationToken).ConfigureAwait(false);
            }
            catch (GenesysApiException ex)
            {
                _output.WriteError(OutboundRefusals.From(ex, name, "Finding campaign '" + name + "' failed; nothing was changed"));
            }
        }

        private async Task ByIdAsync(string id, CancellationToken cancellationToken)
        {
            if (!OutboundApi.IsId(id))
            {
                _output.WriteError(new CommandError(Problems.InvalidId, id, "'" + id
                    + "' is not a campaign id (a GUID). Nothing was changed."));
                return;
            }

            try
            {
                await ChangeAsync(id.Trim(), id, cancellationToken).ConfigureAwait(false);
            }
            catch (GenesysApiException ex) when (ex.StatusCode == 404)
            {
                _output.WriteError(new CommandError(Problems.Service.NotFound, id, "No campaign has the id " + id.Trim()
                    + ". Nothing was changed.", ex));
            }
            catch (GenesysApiException ex)
            {
                _output.WriteError(OutboundRefusals.From(ex, id, "Reading campaign " + id.Trim() + " failed; nothing was changed"));
            }
        }

        private async Task ChangeAsync(string id, object target, CancellationToken cancellationToken)
        {
            var verb = TurnOn ? "Starting" : "Stopping";
            for (var attempt = 1; ; attempt++)
            {
                var document = new CampaignDocument(await _api.GetCampaignDocumentAsync(id, cancellationToken).ConfigureAwait(false));
                var label = "campaign '" + (document.Name ?? id) + "' (" + id + ")";
                if (AlreadyThere(document.Status))
                {
                    _output.WriteWarning("The " + label + " is already " + document.Status + "; nothing was changed.");
                    if (PassThru) await PassAsync(id, cancellationToken).ConfigureAwait(false);
                    return;
                }

                if (attempt == 1 && !_output.ShouldProcess("Campaign '" + (document.Name ?? id) + "' (" + id + ")", TurnOn
                    ? "Start dialing (campaignStatus on)" : "Stop dialing (campaignStatus off)"))
                {
                    return;
                }

                try
                {
                    var updated = await _api.PutCampaignAsync(id, document.WithStatus(_status), cancellationToken).ConfigureAwait(false);
                    _output.WriteVerbose(verb + " " + label + ": the service answered campaignStatus " + updated.CampaignStatus + ", version "
                        + updated.Version + ".");
                    if (PassThru) _output.WriteObject(OutboundCampaignReader.ToOutput(updated));
                    return;
                }
                catch (GenesysApiException ex) when (ex.Code == "invalid.update.wrong.version" && attempt < VersionAttempts)
                {
                    _output.WriteVerbose(verb + " " + label + ": it changed meanwhile (invalid.update.wrong.version); reading it again.");
                }
                catch (OutcomeUnknownException ex)
                {
                    await SettleAsync(id, document, target, ex, cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (GenesysApiException ex) when (ex.StatusCode != 404)
                {
                    _output.WriteError(OutboundRefusals.From(ex, target, verb + " " + label + " was refused"));
                    return;
                }
            }
        }

        /// <summary>The PUT may or may not have been applied: the campaign's version and status tell.</summary>
        private async Task SettleAsync(string id, CampaignDocument before, object target, OutcomeUnknownException lost,
            CancellationToken cancellationToken)
        {
            Campaign now;
            try
            {
                now = await _api.GetCampaignAsync(id, cancellationToken).ConfigureAwait(false);
            }
            catch (GenesysApiException)
            {
                _output.WriteError(Unknown(lost, target));
                return;
            }

            // A started campaign whose list ran out at once shows complete: that start took effect too.
            if (now.Version > before.Version && (AlreadyThere(now.CampaignStatus) || (TurnOn && now.CampaignStatus == "complete")))
            {
                _output.WriteVerbose("The answer to the update was lost, but the campaign now shows campaignStatus " + now.CampaignStatus
                    + ": the change took effect.");
                if (PassThru) _output.WriteObject(OutboundCampaignReader.ToOutput(now));
                return;
            }

            _output.WriteError(Unknown(lost, target));
        }

        private CommandError Unknown(OutcomeUnknownException lost, object target)
        {
            var error = ApiErrors.From(lost, target, "The campaign update was sent but its answer was lost");
            error.RecommendedAction = "Check Status with Get-OutboundCampaign before trying again.";
            return error;
        }

        private async Task PassAsync(string id, CancellationToken cancellationToken) =>
            _output.WriteObject(OutboundCampaignReader.ToOutput(await _api.GetCampaignAsync(id, cancellationToken).ConfigureAwait(false)));

        /// <summary>Start: already on. Stop: anything but on is not dialing (stopping finishes by itself).</summary>
        private bool AlreadyThere(string? status) => TurnOn ? status == "on" : status != "on" && status != "forced_stopping";
    }
}
