using System.Net;
using System.Text.Json;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Outbound
{
    /// <summary>The emulator's outbound endpoints over real HTTPS, as the API definition and the facts describe them.</summary>
    public class OutboundEmulatorTests : IAsyncLifetime
    {
        private EmulatorServer _server = null!;
        private EmulatorClient _client = null!;
        private string _token = null!;

        private OutboundState State => _server.Org.Outbound;
        private string ListId => State.ContactLists[0].Id;
        private string CampaignId => State.Campaigns[0].Id;

        public async Task InitializeAsync()
        {
            _server = await EmulatorServer.StartAsync(new EmulatorOptions { Agents = 1, RateLimitPerMinute = 100_000, DialRatePerSecond = 1000 });
            _client = new EmulatorClient(_server);
            _token = await _client.ClientTokenAsync();
        }

        public async Task DisposeAsync()
        {
            _client.Dispose();
            await _server.DisposeAsync();
        }

        private static string Contacts(string listId, int count, Func<int, string>? phone = null, string extra = "") =>
            JsonSerializer.Serialize(Enumerable.Range(0, count).Select(i => new Dictionary<string, object>
            {
                ["contactListId"] = listId,
                ["data"] = new Dictionary<string, string> { ["FirstName"] = "F", ["LastName"] = "L" + extra, ["Phone"] = phone?.Invoke(i) ?? "+1555" + i.ToString("D7"), ["AccountId"] = "" },
            }));

        private async Task<(HttpStatusCode Status, JsonElement Body)> Post(string json, string? listId = null)
        {
            var (status, body, _) = await _client.PostAsync($"/api/v2/outbound/contactlists/{listId ?? ListId}/contacts", _token, json);
            return (status, body);
        }

        private static string Code(JsonElement body) => body.GetProperty("code").GetString()!;

        [Fact]
        public async Task The_default_org_has_the_readme_list_and_campaign()
        {
            var (status, body, _) = await _client.GetAsync("/api/v2/outbound/contactlists?includeSize=true&name=spring", _token);
            Assert.Equal(HttpStatusCode.OK, status);
            var list = Assert.Single(body.GetProperty("entities").EnumerateArray());
            Assert.Equal("Spring renewals", list.GetProperty("name").GetString());
            Assert.Equal(new[] { "FirstName", "LastName", "Phone", "AccountId" }, list.GetProperty("columnNames").EnumerateArray().Select(c => c.GetString()));
            Assert.Equal("cell", list.GetProperty("phoneColumns")[0].GetProperty("type").GetString());
            Assert.Equal(0, list.GetProperty("size").GetInt64());
            Assert.False(list.TryGetProperty("importStatus", out _));

            var campaign = (await _client.GetAsync("/api/v2/outbound/campaigns/" + CampaignId, _token)).Body;
            Assert.Equal(("Spring renewals", "off", 1, ListId), (campaign.GetProperty("name").GetString(), campaign.GetProperty("campaignStatus").GetString(),
                campaign.GetProperty("version").GetInt32(), campaign.GetProperty("contactList").GetProperty("id").GetString()));
        }

        [Fact]
        public async Task Contacts_are_stored_and_readable_through_the_admin_api()
        {
            var (status, body) = await Post(Contacts(ListId, 1000));
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(1000, body.GetArrayLength());
            Assert.Equal("+15550000007", body[7].GetProperty("data").GetProperty("Phone").GetString());

            var stored = (await _client.GetAsync($"/emulator/contactlists/{ListId}/contacts", null)).Body;
            Assert.Equal(1000, stored.GetArrayLength());
            Assert.Equal(body[0].GetProperty("id").GetString(), stored[0].GetProperty("id").GetString());
        }

        [Theory]
        [InlineData("too many", "too.many.contacts.added")]
        [InlineData("unknown column", "invalid.contact.columns")]
        [InlineData("long value", "contact.datum.length.limit.exceeded")]
        [InlineData("missing column", "contact.missing.columns")]
        [InlineData("no data", "contact.missing.data")]
        [InlineData("bad id", "invalid.contact.id")]
        [InlineData("other list", "invalid.create")]
        public async Task A_refused_batch_adds_nothing(string what, string code)
        {
            var json = what switch
            {
                "too many" => Contacts(ListId, 1001),
                "unknown column" => Contacts(ListId, 3).Replace("\"AccountId\"", "\"Email\""),
                "long value" => Contacts(ListId, 3, extra: new string('x', 2000)),
                "missing column" => Contacts(ListId, 3).Replace(",\"AccountId\":\"\"", ""),
                "no data" => "[{\"contactListId\":\"" + ListId + "\"}]",
                "bad id" => "[{\"id\":\"a/b\",\"contactListId\":\"" + ListId + "\",\"data\":{\"FirstName\":\"\",\"LastName\":\"\",\"Phone\":\"+1\",\"AccountId\":\"\"}}]",
                _ => Contacts("00000000-0000-4000-8000-000000000001", 1),
            };
            var (status, body) = await Post(json);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal(code, Code(body));
            Assert.Empty(State.ContactLists[0].Contacts);
        }

        [Fact]
        public async Task An_unknown_list_is_contact_list_not_found()
        {
            var (status, body) = await Post("[]", "00000000-0000-4000-8000-000000000001");
            Assert.Equal((HttpStatusCode.NotFound, "contact.list.not.found"), (status, Code(body)));
        }

        private async Task<(HttpStatusCode Status, JsonElement Body)> Put(Action<Dictionary<string, object?>> change)
        {
            var campaign = JsonSerializer.Deserialize<Dictionary<string, object?>>((await _client.GetAsync("/api/v2/outbound/campaigns/" + CampaignId, _token)).Body.GetRawText())!;
            change(campaign);
            var (status, body, _) = await _client.SendAsync(HttpMethod.Put, "/api/v2/outbound/campaigns/" + CampaignId, _token, JsonSerializer.Serialize(campaign));
            return (status, body);
        }

        [Fact]
        public async Task Campaign_updates_need_the_current_version_and_a_legal_transition()
        {
            State.DialRatePerSecond = 0;
            await Post(Contacts(ListId, 10));
            Assert.Equal("invalid.update.wrong.version", Code((await Put(c => { c["campaignStatus"] = "on"; c["version"] = 7; })).Body));
            Assert.Equal("invalid.update.bad.status.transition", Code((await Put(c => c["campaignStatus"] = "complete")).Body));

            State.ContactLists[0].ImportState = "IN_PROGRESS";
            Assert.Equal("contact.list.import.in.progress", Code((await Put(c => c["campaignStatus"] = "on")).Body));
            State.ContactLists[0].ImportState = null;
            State.Campaigns[0].SiteHasActiveEdges = false;
            Assert.Equal("site.has.no.active.edges", Code((await Put(c => c["campaignStatus"] = "on")).Body));
            State.Campaigns[0].SiteHasActiveEdges = true;

            var (status, body) = await Put(c => c["campaignStatus"] = "on");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(("on", 2), (body.GetProperty("campaignStatus").GetString(), body.GetProperty("version").GetInt32()));
            Assert.Equal("invalid.update.campaign.active", Code((await Put(c => c["name"] = "Renamed")).Body));

            Assert.Equal("stopping", (await Put(c => c["campaignStatus"] = "off")).Body.GetProperty("campaignStatus").GetString());
            Assert.Equal("invalid.update.bad.status.transition", Code((await Put(c => c["campaignStatus"] = "on")).Body));
        }

        [Fact]
        public async Task Progress_advances_as_the_dialer_works_through_the_list_and_skips_dnc_numbers()
        {
            await Post(Contacts(ListId, 50));
            var dnc = State.DncLists[0].Id;
            var added = await _client.PostAsync($"/api/v2/outbound/dnclists/{dnc}/phonenumbers", _token, "[\"+15550000003\",\"+15550000004\"]");
            Assert.Equal(HttpStatusCode.OK, added.Status);

            var (status, _, _) = await _client.SendAsync(HttpMethod.Post, $"/api/v2/outbound/campaigns/{CampaignId}/start", _token);
            Assert.Equal(HttpStatusCode.NoContent, status);

            // 1,000 contacts a second: the 50 are done within moments; polled, not timed.
            JsonElement progress = default;
            for (var i = 0; i < 200; i++)
            {
                progress = (await _client.GetAsync($"/api/v2/outbound/campaigns/{CampaignId}/progress", _token)).Body;
                if (progress.GetProperty("percentage").GetInt64() == 100) break;
                await Task.Delay(20);
            }

            Assert.Equal(48, progress.GetProperty("numberOfContactsCalled").GetInt64());
            Assert.Equal(50, progress.GetProperty("totalNumberOfContacts").GetInt64());
            Assert.Equal(2, progress.GetProperty("numberOfContactsSkipped").GetProperty("dnc").GetInt32());
            Assert.Equal("complete", (await _client.GetAsync("/api/v2/outbound/campaigns/" + CampaignId, _token)).Body.GetProperty("campaignStatus").GetString());
        }

        [Fact]
        public async Task Only_internal_dnc_lists_take_numbers()
        {
            State.Add(new EmDncList { Id = "00000000-0000-4000-8000-0000000000d1", Name = "Federal", DncSourceType = "rds" });
            var refused = await _client.PostAsync("/api/v2/outbound/dnclists/00000000-0000-4000-8000-0000000000d1/phonenumbers", _token, "[\"+15550000003\"]");
            Assert.Equal("dnc.source.operation.not.supported", Code(refused.Body));
            var missing = await _client.PostAsync("/api/v2/outbound/dnclists/00000000-0000-4000-8000-0000000000d2/phonenumbers", _token, "[]");
            Assert.Equal((HttpStatusCode.NotFound, "dnc.list.not.found"), (missing.Status, Code(missing.Body)));
            var badDate = await _client.PostAsync($"/api/v2/outbound/dnclists/{State.DncLists[0].Id}/phonenumbers?expirationDateTime=tomorrow", _token, "[]");
            Assert.Equal("invalid.date.value", Code(badDate.Body));
        }
    }
}
