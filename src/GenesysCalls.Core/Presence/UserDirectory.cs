using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Model;

namespace GenesysCalls.Core.Presence
{
    /// <summary>Reads users with presence, routing status and station in bulk: 100 ids per GET /api/v2/users, 50 emails per search.</summary>
    internal sealed class UserDirectory
    {
        public const int IdsPerRequest = 100;
        public const int EmailsPerRequest = 50;
        private static readonly string[] Expand = { "presence", "routingStatus", "station" };
        private readonly GenesysApiClient _api;

        public UserDirectory(GenesysApiClient api)
        {
            _api = api;
        }

        public async Task<IReadOnlyList<User>> GetByIdsAsync(IReadOnlyList<string> ids, IApiLog log, CancellationToken cancellationToken)
        {
            if (ids.Count == 0) return new User[0];
            if (ids.Count > IdsPerRequest) throw new ArgumentException("At most " + IdsPerRequest + " ids per request.", nameof(ids));
            var query = new StringBuilder("/api/v2/users?pageSize=").Append(IdsPerRequest).Append("&state=any");
            foreach (var id in ids) query.Append("&id=").Append(Uri.EscapeDataString(id));
            foreach (var expand in Expand) query.Append("&expand=").Append(expand);
            try
            {
                var page = await _api.SendAsync(ApiRequest.Get(query.ToString()), GenesysJsonContext.Default.UserEntityListing, log,
                    cancellationToken).ConfigureAwait(false);
                return page.Value.Entities ?? new List<User>();
            }
            catch (GenesysApiException ex) when (ex.StatusCode == 404)
            {
                return new User[0];
            }
        }

        public async Task<IReadOnlyList<User>> FindByEmailsAsync(IReadOnlyList<string> emails, IApiLog log, CancellationToken cancellationToken)
        {
            if (emails.Count == 0) return new User[0];
            if (emails.Count > EmailsPerRequest) throw new ArgumentException("At most " + EmailsPerRequest + " emails per request.", nameof(emails));
            var search = new UserSearchRequest
            {
                PageSize = Math.Max(emails.Count, 1),
                Expand = Expand.ToList(),
                Query = new List<UserSearchCriteria> { new UserSearchCriteria { Type = "EXACT", Fields = new List<string> { "email" },
                    Values = emails.ToList() } },
            };
            var body = JsonSerializer.Serialize(search, GenesysJsonContext.Writer.UserSearchRequest);
            try
            {
                var found = await _api.SendAsync(ApiRequest.Query("/api/v2/users/search", body), GenesysJsonContext.Default.UsersSearchResponse, log,
                    cancellationToken).ConfigureAwait(false);
                return found.Value.Results ?? new List<User>();
            }
            catch (GenesysApiException ex) when (ex.StatusCode == 404)
            {
                return new User[0];
            }
        }
    }
}
