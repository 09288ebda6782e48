using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Outcomes;
using GenesysCalls.Core.Sessions;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Outcomes
{
    /// <summary>Issue 21: disconnect reasons from the analytics store in bulk, and each fallback to the per-call read.</summary>
    public class BulkReasonsTests
    {
        // Last digits 1 busy, 2 invalid number, 4 rejected, 5 answered then hung up by the customer: all end within 0.25 s at speed 20.
        private static readonly string[] Numbers = { "+15550100001", "+15550100002", "+15550100004", "+15550100005", "+15550100011" };

        private static FollowSettings Fast(TimeSpan? reasonsWait = null, int idsPerRequest = 100) => new()
        {
            AnalyticsBatchDelay = TimeSpan.FromMilliseconds(150), AnalyticsInterval = TimeSpan.FromMilliseconds(150),
            ReasonsWait = reasonsWait ?? TimeSpan.FromSeconds(10), AnalyticsIdsPerRequest = idsPerRequest, RateBudgetPerMinute = 100_000,
        };

        private sealed class Org : IAsyncDisposable
        {
            public EmulatorServer Server { get; private init; } = null!;

            public GenesysSession Session { get; private init; } = null!;

            public static async Task<Org> StartAsync(double lag = 2, SeedDocument? seed = null, string? clientId = null, int maxIds = 100)
            {
                var server = await EmulatorServer.StartAsync(new EmulatorOptions
                {
                    AnalyticsMaxIds = maxIds, Agents = 5, RateLimitPerMinute = 100_000, CallSpeed = 20, AnalyticsLagSeconds = lag, Seed = seed,
                    ClientId = clientId ?? EmulatorOptions.DefaultClientId, ClientSecret = clientId == null ? EmulatorOptions.DefaultClientSecret : "s",
                });
                var session = await Connected.ConnectAsync(server, policy: new() { BackoffBase = TimeSpan.FromMilliseconds(10), MaxTransientRetries = 2 });
                return new Org { Server = server, Session = session };
            }

            public int Count(string method, string pathStart) =>
                Server.Requests.Count(r => r.Method == method && r.Path.StartsWith(pathStart, StringComparison.Ordinal));

            public int Analytics => Count("GET", "/api/v2/analytics/conversations/details");

            public int PerCallDetails => Server.Requests.Count(r => r.Method == "GET" && r.Path.StartsWith("/api/v2/conversations/", StringComparison.Ordinal)
                && !r.Path.StartsWith("/api/v2/conversations/calls", StringComparison.Ordinal));

            public async Task<List<OutboundCall>> PlaceAsync(CallWaiter? waiter = null)
            {
                var output = new RecordingOutput("New-OutboundCall");
                var command = new OutboundCallPlacer(output, Session);
                foreach (var number in Numbers)
                {
                    await command.ProcessAsync(new OutboundCallRow { PhoneNumber = number, OnBehalfOf = Server.UserIds[1] }, CancellationToken.None);
                }

                await command.CompleteAsync(CancellationToken.None);
                Assert.Empty(output.Errors);
                var calls = output.Objects.Cast<OutboundCall>().ToList();
                if (waiter != null) foreach (var call in calls) await waiter.ProcessAsync(CallInput.From(call.ConversationId, call), CancellationToken.None);
                return calls;
            }

            /// <summary>`New-OutboundCall | Wait-OutboundCall -Until Ended`: the waiter exists before the first call.</summary>
            public async Task<RecordingOutput> FollowAsync(FollowSettings settings, Func<Task>? before = null)
            {
                var output = new RecordingOutput("Wait-OutboundCall");
                var waiter = new CallWaiter(output, Session, OutboundCallCondition.Ended, 30, settings);
                try
                {
                    if (before != null) await before();
                    Server.ClearRequests();
                    await PlaceAsync(waiter);
                    using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(40));
                    await waiter.CompleteAsync(limit.Token);
                }
                finally
                {
                    await waiter.StopAsync();
                }

                return output;
            }

            public async ValueTask DisposeAsync()
            {
                Session.Dispose();
                await Server.DisposeAsync();
            }
        }

        /// <summary>A client whose scopes allow following calls (and reading its own token) but not analytics.</summary>
        private static SeedDocument WithoutAnalyticsScope() => new()
        {
            Clients = new()
            {
                new SeedClient { Id = "scoped", Secret = "s", Scopes = new() { "conversations", "notifications", "users:readonly", "user-basic-info" } },
            },
        };

        private static void AllReportedWithReasons(RecordingOutput output)
        {
            Assert.Empty(output.Errors);
            var statuses = output.Objects.Cast<OutboundCallStatus>().ToList();
            Assert.Equal(Numbers.Length, statuses.Select(s => s.ConversationId).Distinct().Count());
            Assert.Equal(Numbers.Length, statuses.Count);
            var busy = statuses.Single(s => s.Call!.Destination.EndsWith("01", StringComparison.Ordinal));
            Assert.Equal((OutboundCallOutcome.Busy, 17, 486), (busy.OutcomeValue, busy.Q850Code, busy.SipCode));
            Assert.Equal(OutboundCallOutcome.Rejected, statuses.Single(s => s.Call!.Destination.EndsWith("04", StringComparison.Ordinal)).OutcomeValue);
            Assert.Equal(OutboundCallOutcome.Failed, statuses.Single(s => s.Call!.Destination.EndsWith("02", StringComparison.Ordinal)).OutcomeValue);
            Assert.All(statuses.Where(s => s.OutcomeValue == OutboundCallOutcome.Answered), s => Assert.Equal(16, s.Q850Code));
        }

        [Fact]
        public async Task Reasons_of_calls_followed_live_come_in_bulk_with_no_per_call_read()
        {
            await using var org = await Org.StartAsync();
            var output = await org.FollowAsync(Fast());
            AllReportedWithReasons(output);
            Assert.Equal(0, org.PerCallDetails);
            Assert.InRange(org.Analytics, 1, 4);
        }

        [Fact]
        public async Task A_lagging_store_is_asked_again_for_the_missing_ids()
        {
            await using var org = await Org.StartAsync(lag: 20); // 1 s after each end at call speed 20
            var output = await org.FollowAsync(Fast());
            AllReportedWithReasons(output);
            Assert.Equal(0, org.PerCallDetails);
            Assert.InRange(org.Analytics, 2, 12);
        }

        [Fact]
        public async Task A_store_that_never_has_the_record_falls_back_to_the_per_call_read_after_the_bound()
        {
            await using var org = await Org.StartAsync(lag: -1);
            var output = await org.FollowAsync(Fast(reasonsWait: TimeSpan.FromSeconds(1)));
            AllReportedWithReasons(output);
            Assert.Equal(Numbers.Length, org.PerCallDetails);
            Assert.Contains(output.Verbose, v => v.StartsWith("Analytics had no record of ", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_store_that_answers_errors_falls_back_to_the_per_call_read_after_the_bound()
        {
            await using var org = await Org.StartAsync();
            using var admin = new EmulatorClient(org.Server);
            var output = await org.FollowAsync(Fast(reasonsWait: TimeSpan.FromSeconds(1)), async () =>
            {
                var faults = new StringContent("{\"serviceUnavailableRate\":1,\"pathContains\":\"/analytics/\"}", System.Text.Encoding.UTF8,
                    "application/json");
                Assert.True((await admin.Http.PostAsync("/emulator/faults", faults)).IsSuccessStatusCode);
            });
            AllReportedWithReasons(output);
            Assert.Equal(Numbers.Length, org.PerCallDetails);
            Assert.Contains(output.Verbose, v => v.StartsWith("The analytics read failed", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Without_the_permission_one_refusal_turns_bulk_off_and_says_so_once()
        {
            var permissions = OrgSeeder.ClientPermissions.Where(p => !p.StartsWith("analytics:", StringComparison.Ordinal)).ToList();
            var seed = new SeedDocument { Clients = new() { new SeedClient { Id = "no-analytics", Secret = "s", Permissions = permissions } } };
            await using var org = await Org.StartAsync(seed: seed, clientId: "no-analytics");
            var output = await org.FollowAsync(Fast());
            AllReportedWithReasons(output);
            Assert.Equal(1, org.Analytics);
            Assert.Equal(Numbers.Length, org.PerCallDetails);
            Assert.Single(output.Verbose, v => v.StartsWith("Reading disconnect reasons one call at a time", StringComparison.Ordinal)
                && v.Contains("missing.any.permissions", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Without_the_scope_known_from_the_token_no_analytics_request_is_spent()
        {
            await using var org = await Org.StartAsync(seed: WithoutAnalyticsScope(), clientId: "scoped");
            var output = await org.FollowAsync(Fast(), () => ConnectedOrg.Of(org.Session).Details.ReadAsync(NullApiLog.Instance, null, CancellationToken.None));
            AllReportedWithReasons(output);
            Assert.Equal(0, org.Analytics);
            Assert.Contains(output.Verbose, v => v.Contains("lacks the analytics scope", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Without_the_scope_unknown_one_refusal_turns_bulk_off()
        {
            await using var org = await Org.StartAsync(seed: WithoutAnalyticsScope(), clientId: "scoped");
            var output = await org.FollowAsync(Fast());
            AllReportedWithReasons(output);
            Assert.Equal(1, org.Analytics);
            Assert.Contains(output.Verbose, v => v.Contains("app.not.authorized.for.scope", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_size_refusal_halves_the_ids_per_request()
        {
            await using var org = await Org.StartAsync(lag: 0, maxIds: 2);
            var output = new RecordingOutput("Wait-OutboundCall");
            var waiter = new CallWaiter(output, org.Session, OutboundCallCondition.Ended, 30, Fast(idsPerRequest: 8));
            try
            {
                // The store takes 2 ids: 8 is refused, 4 is refused, 2 goes through.
                org.Server.ClearRequests();
                await org.PlaceAsync(waiter);
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(40));
                await waiter.CompleteAsync(limit.Token);
            }
            finally
            {
                await waiter.StopAsync();
            }

            AllReportedWithReasons(output);
            Assert.Equal(0, org.PerCallDetails);
            Assert.InRange(org.Server.Requests.Count(r => r.Path == "/api/v2/analytics/conversations/details" && r.Status == 400), 1, 2);
        }

        [Fact]
        public async Task Calls_handed_over_after_they_ended_are_resolved_in_one_bulk_read()
        {
            await using var org = await Org.StartAsync(lag: 0);
            var calls = await org.PlaceAsync();
            await Task.Delay(1000); // every call has ended, unheard
            org.Server.ClearRequests();
            var output = new RecordingOutput("Wait-OutboundCall");
            await CallsTest.WaitAsync(new CallWaiter(output, org.Session, OutboundCallCondition.Ended, 30, Fast()), calls, output);
            AllReportedWithReasons(output);
            Assert.Equal(0, org.Count("GET", "/api/v2/conversations/"));
            Assert.Equal(1, org.Analytics);
        }
    }
}
