using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Model;

namespace GenesysCalls.Core.Outbound
{
    /// <summary>The outbound endpoints this module calls, each in one place: paths, query parameters, paging.</summary>
    internal sealed class OutboundApi
    {
        public const int PageSize = 100;
        private const string Lists = "/api/v2/outbound/contactlists";
        private const string Campaigns = "/api/v2/outbound/campaigns";
        private readonly GenesysApiClient _api;
        private readonly IApiLog _log;

        public OutboundApi(GenesysApiClient api, IApiLog log)
        {
            _api = api;
            _log = log;
        }

        public async Task<ContactList> GetContactListAsync(string id, CancellationToken cancellationToken) =>
            (await _api.SendAsync(ApiRequest.Get(Lists + "/" + Uri.EscapeDataString(id) + "?includeSize=true&includeImportStatus=true"),
                GenesysJsonContext.Default.ContactList, _log, cancellationToken).ConfigureAwait(false)).Value;

        /// <summary>Every list whose name starts with the prefix (all lists for an empty one), page by page.</summary>
        public async Task<List<ContactList>> FindContactListsAsync(string prefix, CancellationToken cancellationToken)
        {
            var all = new List<ContactList>();
            for (var page = 1; ; page++)
            {
                var query = Lists + "?includeSize=true&includeImportStatus=true&pageSize=" + PageSize + "&pageNumber=" + page + NameQuery(prefix);
                var listing = (await _api.SendAsync(ApiRequest.Get(query), GenesysJsonContext.Default.ContactListEntityListing, _log,
                    cancellationToken).ConfigureAwait(false)).Value;
                var entities = listing.Entities ?? new List<ContactList>();
                all.AddRange(entities);
                if (entities.Count < PageSize || page >= (listing.PageCount ?? page)) return all;
            }
        }

        public Task<ApiResponse<List<DialerContact>>> AddContactsAsync(string listId, string jsonArray, string query,
            CancellationToken cancellationToken) =>
            _api.SendAsync(ApiRequest.Create(Lists + "/" + Uri.EscapeDataString(listId) + "/contacts" + query, jsonArray),
                GenesysJsonContext.Default.ListDialerContact, _log, cancellationToken);

        /// <summary>The campaign as the service sent it, every field kept, for an update that must send the whole object back.</summary>
        public async Task<JsonElement> GetCampaignDocumentAsync(string id, CancellationToken cancellationToken) =>
            (await _api.SendAsync(ApiRequest.Get(CampaignPath(id)), GenesysJsonContext.Default.JsonElement, _log,
                cancellationToken).ConfigureAwait(false)).Value;

        public async Task<Campaign> GetCampaignAsync(string id, CancellationToken cancellationToken) =>
            (await _api.SendAsync(ApiRequest.Get(CampaignPath(id)), GenesysJsonContext.Default.Campaign, _log,
                cancellationToken).ConfigureAwait(false)).Value;

        public async Task<Campaign> PutCampaignAsync(string id, string json, CancellationToken cancellationToken) =>
            (await _api.SendAsync(ApiRequest.ChangeOnce(CampaignPath(id), json), GenesysJsonContext.Default.Campaign, _log,
                cancellationToken).ConfigureAwait(false)).Value;

        public async Task<CampaignProgress> GetProgressAsync(string id, CancellationToken cancellationToken) =>
            (await _api.SendAsync(ApiRequest.Get(CampaignPath(id) + "/progress"), GenesysJsonContext.Default.CampaignProgress, _log,
                cancellationToken).ConfigureAwait(false)).Value;

        /// <summary>Every campaign whose name starts with the prefix, page by page (GET /api/v2/outbound/campaigns).</summary>
        public async Task<List<Campaign>> FindCampaignsAsync(string prefix, CancellationToken cancellationToken)
        {
            var all = new List<Campaign>();
            for (var page = 1; ; page++)
            {
                var query = Campaigns + "?pageSize=" + PageSize + "&pageNumber=" + page + NameQuery(prefix);
                var listing = (await _api.SendAsync(ApiRequest.Get(query), GenesysJsonContext.Default.CampaignEntityListing, _log,
                    cancellationToken).ConfigureAwait(false)).Value;
                var entities = listing.Entities ?? new List<Campaign>();
                all.AddRange(entities);
                if (entities.Count < PageSize || page >= (listing.PageCount ?? page)) return all;
            }
        }

        private static string CampaignPath(string id) => Campaigns + "/" + Uri.EscapeDataString(id);

        private static string NameQuery(string prefix) => prefix.Length == 0 ? string.Empty : "&filterType=Prefix&name="
            + Uri.EscapeDataString(prefix);

        /// <summary>Ids the service would treat as path segments or worse are refused before sending.</summary>
        public static bool IsId(string value) => Guid.TryParseExact(value.Trim(), "D", out _);

        public static IReadOnlyList<OutboundPhoneColumn> PhoneColumns(ContactList list) =>
            (list.PhoneColumns ?? new List<ContactPhoneNumberColumn>()).Where(p => p.ColumnName != null).Select(p =>
                new OutboundPhoneColumn(p.ColumnName!, p.Type)).ToList();
    }
}
