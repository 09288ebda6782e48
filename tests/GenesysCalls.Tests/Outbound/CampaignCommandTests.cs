using GenesysCalls.Core.Commands;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Outbound
{
    public class CampaignCommandTests : ConnectedTest
    {
        public CampaignCommandTests() : base(agents: 2)
        {
        }

        private EmCampaign Campaign => Server.Org.Outbound.Campaigns[0];

        private int Puts => Server.Requests.Count(r => r.Method == "PUT");

        /// <summary>Contacts in the campaign's list, so a started campaign has something to dial (an empty one completes at once).</summary>
        private void FillList(int count)
        {
            var list = Server.Org.Outbound.ContactLists[0];
            for (var i = 0; i < count; i++)
            {
                list.Contacts.Add(new EmContact { Id = "c" + i, ContactListId = list.Id, Data = new() { ["Phone"] = "+1555" + i.ToString("D7") } });
            }
        }

        private async Task<RecordingOutput> SetAsync(bool on, string? id = null, bool confirm = true, bool passThru = false)
        {
            var output = new RecordingOutput(on ? "Start-OutboundCampaign" : "Stop-OutboundCampaign") { Confirm = confirm };
            await new CampaignStatusChanger(output, Session, on) { PassThru = passThru }.ProcessAsync(NameOrIds.ById(id ?? Campaign.Id), CancellationToken.None);
            return output;
        }

        [Fact]
        public async Task Get_lists_campaigns_with_their_list_and_progress_on_request()
        {
            var output = new RecordingOutput("Get-OutboundCampaign");
            await new OutboundCampaignReader(output, Session) { Progress = true }.ProcessAsync(NameOrIds.ByName("spring RENEWALS"), CancellationToken.None);
            var campaign = Assert.IsType<OutboundCampaign>(Assert.Single(output.Objects));
            Assert.Equal(("Spring renewals", "off", "progressive", Server.Org.Outbound.ContactLists[0].Id), (campaign.Name, campaign.Status, campaign.DialingMode, campaign.ContactListId));
            Assert.Equal((0L, 0L, 0L), (campaign.ContactsCalled!.Value, campaign.TotalContacts!.Value, campaign.Percentage!.Value));

            var missing = new RecordingOutput("Get-OutboundCampaign");
            await new OutboundCampaignReader(missing, Session).ProcessAsync(NameOrIds.ByName("Autumn"), CancellationToken.None);
            Assert.Equal("GetOutboundCampaignNotFound", Assert.Single(missing.Errors).ErrorId);
            await new OutboundCampaignReader(missing, Session).ProcessAsync(NameOrIds.ByName("Autumn*"), CancellationToken.None);
            Assert.Single(missing.Errors);
        }

        [Fact]
        public async Task Start_puts_the_whole_campaign_back_with_status_on_and_stop_leaves_it_stopping()
        {
            FillList(1000);
            var started = await SetAsync(on: true, passThru: true);
            Assert.Equal("on", Campaign.Status);
            Assert.Equal(2, Campaign.Version);
            Assert.Equal(("Campaign 'Spring renewals' (" + Campaign.Id + ")", "Start dialing (campaignStatus on)"), Assert.Single(started.ShouldProcessCalls));
            Assert.Equal("on", Assert.IsType<OutboundCampaign>(Assert.Single(started.Objects)).Status);

            var again = await SetAsync(on: true);
            Assert.Contains(again.Warnings, w => w.Contains("is already on", StringComparison.Ordinal));
            Assert.Equal(1, Puts);

            await SetAsync(on: false);
            Assert.Equal("stopping", Campaign.Status);
            Assert.Equal(2, Puts);
        }

        [Fact]
        public async Task WhatIf_changes_nothing()
        {
            var output = await SetAsync(on: true, confirm: false);
            Assert.Single(output.ShouldProcessCalls);
            Assert.Equal(0, Puts);
            Assert.Equal("off", Campaign.Status);
        }

        [Fact]
        public async Task Refusals_become_errors_with_their_own_ids()
        {
            Server.Org.Outbound.ContactLists[0].ImportState = "IN_PROGRESS";
            var importing = Assert.Single((await SetAsync(on: true)).Errors);
            Assert.Equal("StartOutboundCampaignContactListImporting", importing.ErrorId);
            Assert.Contains("[contact.list.import.in.progress]", importing.Message);
            Assert.Contains("ImportState", importing.RecommendedAction);

            Server.Org.Outbound.ContactLists[0].ImportState = null;
            Campaign.SiteHasActiveEdges = false;
            Assert.Equal("StartOutboundCampaignNoActiveEdges", Assert.Single((await SetAsync(on: true)).Errors).ErrorId);

            Campaign.SiteHasActiveEdges = true;
            Campaign.Status = "invalid";
            Assert.Equal("StartOutboundCampaignBadStatusTransition", Assert.Single((await SetAsync(on: true)).Errors).ErrorId);

            Assert.Equal("StartOutboundCampaignNotFound", Assert.Single((await SetAsync(on: true, id: "00000000-0000-4000-8000-000000000009")).Errors).ErrorId);
            Assert.Equal("StopOutboundCampaignInvalidId", Assert.Single((await SetAsync(on: false, id: "x/../y")).Errors).ErrorId);
        }

        [Fact]
        public async Task A_lost_answer_is_settled_by_reading_the_campaign_not_by_sending_again()
        {
            Server.SetFaults(new FaultSettings { ResetAfterRate = 1, Method = "PUT" });
            FillList(1000);
            var output = await SetAsync(on: true, passThru: true);

            Assert.Empty(output.Errors.Select(e => e.ToString()));
            Assert.Equal("on", Assert.IsType<OutboundCampaign>(Assert.Single(output.Objects)).Status);
            Assert.Equal(1, Puts);
            Assert.Contains(output.Verbose, v => v.Contains("the change took effect", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_lost_answer_that_did_not_take_effect_is_outcome_unknown()
        {
            Server.SetFaults(new FaultSettings { ResetRate = 1, Method = "PUT" });
            var error = Assert.Single((await SetAsync(on: true)).Errors);
            Assert.Equal("StartOutboundCampaignOutcomeUnknown", error.ErrorId);
            Assert.Equal("off", Campaign.Status);
        }
    }
}
