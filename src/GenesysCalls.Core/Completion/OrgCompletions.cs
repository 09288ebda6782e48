using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Model;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Completion
{
    /// <summary>
    /// Queue and user-email completions read from the connected org. Answers are cached per session for a minute,
    /// and a slow or failing org gives no completions after a short timeout instead of freezing the prompt.
    /// </summary>
    internal static class OrgCompletions
    {
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
        private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
        private const int Limit = 25;
        private static readonly ConditionalWeakTable<GenesysSession, ConcurrentDictionary<string, (DateTimeOffset At,
            IReadOnlyList<CompletionItem> Items)>> Caches =
            new ConditionalWeakTable<GenesysSession, ConcurrentDictionary<string, (DateTimeOffset, IReadOnlyList<CompletionItem>)>>();

        /// <summary>Conversation ids of the calls the session placed lately, newest first; from memory, no request.</summary>
        public static IReadOnlyList<CompletionItem> PlacedCalls(GenesysSession session, string word) =>
            ConnectedOrg.Find(session)?.Handoff.Placed.Matching(word) ?? new CompletionItem[0];

        /// <summary>Queues whose name starts with the word (completes to the id; the list shows the name).</summary>
        public static IReadOnlyList<CompletionItem> Queues(GenesysSession session, string word) =>
            Cached(session, "queue:" + word, async (api, token) =>
            {
                var query = "/api/v2/routing/queues?pageSize=" + Limit + (word.Length > 0 ? "&name=" + Uri.EscapeDataString(word.Trim('*')) + "*"
                    : string.Empty);
                var listing = await api.SendAsync(ApiRequest.Get(query), GenesysJsonContext.Default.QueueEntityListing, NullApiLog.Instance,
                    token).ConfigureAwait(false);
                return (listing.Value.Entities ?? new List<Queue>()).Where(q => q.Id != null).Select(q => new CompletionItem(q.Id!, q.Name
                    ?? q.Id!)).ToList();
            });

        /// <summary>Users whose email starts with the word.</summary>
        public static IReadOnlyList<CompletionItem> Emails(GenesysSession session, string word) =>
            Cached(session, "email:" + word, async (api, token) =>
            {
                var users = await SearchUsersAsync(api, word, new List<string> { "email" }, token).ConfigureAwait(false);
                return users.Where(u => u.Email != null).Select(u => new CompletionItem(u.Email!, u.Email + " (" + u.Name + ")")).ToList();
            });

        private static async Task<List<User>> SearchUsersAsync(GenesysApiClient api, string word, List<string> fields, CancellationToken token)
        {
            var search = new UserSearchRequest
            {
                PageSize = Limit,
                Query = new List<UserSearchCriteria> { new UserSearchCriteria { Type = "STARTS_WITH", Fields = fields, Value = word } },
            };
            var body = JsonSerializer.Serialize(search, GenesysJsonContext.Writer.UserSearchRequest);
            var found = await api.SendAsync(ApiRequest.Query("/api/v2/users/search", body), GenesysJsonContext.Default.UsersSearchResponse,
                NullApiLog.Instance, token).ConfigureAwait(false);
            return found.Value.Results ?? new List<User>();
        }

        /// <summary>Users whose name or email starts with the word (completes to the id; the list shows name and email).</summary>
        public static IReadOnlyList<CompletionItem> UserIds(GenesysSession session, string word) =>
            Cached(session, "user:" + word, async (api, token) =>
            {
                List<User> users;
                if (word.Length == 0)
                {
                    var page = await api.SendAsync(ApiRequest.Get("/api/v2/users?pageSize=" + Limit),
                        GenesysJsonContext.Default.UserEntityListing, NullApiLog.Instance, token).ConfigureAwait(false);
                    users = page.Value.Entities ?? new List<User>();
                }
                else
                {
                    users = await SearchUsersAsync(api, word, new List<string> { "name", "email" }, token).ConfigureAwait(false);
                }

                return users.Where(u => u.Id != null)
                    .Select(u => new CompletionItem(u.Id!, u.Name + (u.Email != null ? " <" + u.Email + ">" : string.Empty))).ToList();
            });

        /// <summary>Contact lists whose name starts with the word: the id (listed by name), or the name itself.</summary>
        public static IReadOnlyList<CompletionItem> ContactLists(GenesysSession session, string word, bool completeName) =>
            Cached(session, "contactlist:" + completeName + ":" + word, async (api, token) =>
            {
                var lists = await new Outbound.OutboundApi(api, NullApiLog.Instance).FindContactListsAsync(word.Trim('*'),
                    token).ConfigureAwait(false);
                return lists.Where(l => l.Id != null && l.Name != null).Take(Limit)
                    .Select(l => new CompletionItem(completeName ? l.Name! : l.Id!, l.Name + (l.Size is { } size ? " (" + size + " contacts)"
                        : string.Empty))).ToList();
            });

        /// <summary>Campaigns whose name starts with the word: the name itself, or the id (listed by name).</summary>
        public static IReadOnlyList<CompletionItem> Campaigns(GenesysSession session, string word, bool completeName) =>
            Cached(session, "campaign:" + completeName + ":" + word, async (api, token) =>
            {
                var campaigns = await new Outbound.OutboundApi(api, NullApiLog.Instance).FindCampaignsAsync(word.Trim('*'),
                    token).ConfigureAwait(false);
                return campaigns.Where(c => c.Name != null && c.Id != null).Take(Limit)
                    .Select(c => new CompletionItem(completeName ? c.Name! : c.Id!, c.Name + " (" + c.CampaignStatus + ")")).ToList();
            });

        private static IReadOnlyList<CompletionItem> Cached(GenesysSession session, string key, Func<GenesysApiClient, CancellationToken,
            Task<List<CompletionItem>>> read)
        {
            var org = ConnectedOrg.Find(session);
            if (org == null) return new CompletionItem[0];
            var cache = Caches.GetOrCreateValue(session);
            if (cache.TryGetValue(key, out var hit) && DateTimeOffset.UtcNow - hit.At < Lifetime) return hit.Items;
            using var limit = new CancellationTokenSource(Timeout);
            try
            {
                var items = Task.Run(() => read(org.Api, limit.Token), limit.Token).GetAwaiter().GetResult();
                cache[key] = (DateTimeOffset.UtcNow, items);
                return items;
            }
            catch (Exception ex) when (ex is GenesysApiException || ex is OperationCanceledException)
            {
                return new CompletionItem[0];
            }
        }
    }
}
