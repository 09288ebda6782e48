using System.Net;
using System.Text.Json;
using Xunit;

namespace GenesysCalls.Tests.Emulator
{
    /// <summary>The last-digit rule at call speed 100: every delay is 1/100 of docs/emulator.md's, so 1 s reads 10 ms.</summary>
    public class CallTimelineTests
    {
        [Theory]
        // number, answered after (ms, -1 none), ends after (ms), caller REST disconnectType, remote REST, remote Call (GET /conversations), Q.850
        [InlineData("+15550000000", -1, 300, "peer", "system", "timeout", 19)]
        [InlineData("+15550000001", -1, 20, "peer", "endpoint", "endpoint", 17)]
        [InlineData("+15550000002", -1, 2, "peer", "error", "error", 1)]
        [InlineData("+15550000003", 30, 230, "client", "peer", "peer", 16)]
        [InlineData("+15550000004", -1, 50, "peer", "endpoint", "endpoint", 21)]
        [InlineData("+15550000005", 30, 230, "peer", "endpoint", "endpoint", 16)]
        [InlineData("+15550000008", 30, 230, "peer", "endpoint", "endpoint", 16)]
        public async Task Each_last_digit_plays_its_story(string number, int answeredMs, int endedMs, string callerType, string remoteType,
            string remoteCallType, int q850)
        {
            await using var kit = await CallKit.StartAsync();
            var id = await kit.PlaceAsync(number);
            var call = await kit.WaitForRemoteAsync(id, "terminated");

            var caller = CallKit.Caller(call, kit.Agent);
            var remote = CallKit.Remote(call, kit.Agent);
            Assert.Equal("terminated", caller.GetProperty("state").GetString());
            Assert.Equal("user", caller.GetProperty("purpose").GetString());
            Assert.Equal("external", remote.GetProperty("purpose").GetString());
            Assert.Equal(number, remote.GetProperty("address").GetString());
            Assert.Equal(callerType, caller.GetProperty("disconnectType").GetString());
            Assert.Equal(remoteType, remote.GetProperty("disconnectType").GetString());
            Assert.Equal(endedMs, CallKit.Ms(remote, "startTime", "endTime"));
            Assert.Equal(endedMs, CallKit.Ms(caller, "startTime", "endTime"));
            if (answeredMs < 0) Assert.False(remote.TryGetProperty("connectedTime", out _));
            else Assert.Equal(answeredMs, CallKit.Ms(remote, "startTime", "connectedTime"));
            if (endedMs > 10) Assert.Equal(10, CallKit.Ms(caller, "startTime", "connectedTime"));
            else Assert.False(caller.TryGetProperty("connectedTime", out _));
            Assert.Equal(number.EndsWith('2'), remote.TryGetProperty("errorInfo", out _));
            Assert.False(caller.TryGetProperty("errorInfo", out _));

            var conversation = await kit.ConversationAsync(id);
            Assert.Equal(conversation.GetProperty("endTime").GetString(), remote.GetProperty("endTime").GetString());
            var remoteCall = CallKit.Remote(Flatten(conversation), kit.Agent).GetProperty("calls")[0];
            Assert.Equal(remoteCallType, remoteCall.GetProperty("disconnectType").GetString());
            var reason = remoteCall.GetProperty("disconnectReasons")[0];
            Assert.Equal("q850", reason.GetProperty("type").GetString());
            Assert.Equal(q850, reason.GetProperty("code").GetInt32());
            Assert.Equal(remote.GetProperty("endTime").GetString(), remoteCall.GetProperty("disconnectedTime").GetString());
        }

        [Fact]
        public async Task Invalid_number_carries_error_info_and_sip_404()
        {
            await using var kit = await CallKit.StartAsync();
            var id = await kit.PlaceAsync("+15559876542");
            var remote = CallKit.Remote(await kit.WaitForRemoteAsync(id, "disconnected"), kit.Agent);
            Assert.Equal("error.ininedgecontrol.remote.unallocated", remote.GetProperty("errorInfo").GetProperty("code").GetString());
            var reasons = CallKit.Remote(Flatten(await kit.ConversationAsync(id)),
                kit.Agent).GetProperty("calls")[0].GetProperty("disconnectReasons");
            Assert.Equal(new[] { "q850:1", "sip:404" }, reasons.EnumerateArray().Select(r => r.GetProperty("type").GetString() + ":"
                + r.GetProperty("code").GetInt32()));
        }

        [Fact]
        public async Task States_while_the_call_is_live_and_no_end_time_before_it_ends()
        {
            await using var kit = await CallKit.StartAsync(callSpeed: 0.2);
            var id = await kit.PlaceAsync("+15559876549");
            var call = await kit.CallAsync(id);
            Assert.Equal("alerting", CallKit.Caller(call, kit.Agent).GetProperty("state").GetString());
            Assert.Equal("dialing", CallKit.Remote(call, kit.Agent).GetProperty("state").GetString());
            Assert.False(CallKit.Remote(call, kit.Agent).TryGetProperty("endTime", out _));
            var conversation = await kit.ConversationAsync(id);
            Assert.False(conversation.TryGetProperty("endTime", out _));
            Assert.False(conversation.TryGetProperty("state", out _));
            Assert.Equal("alerting", conversation.GetProperty("participants")[0].GetProperty("calls")[0].GetProperty("initialState").GetString());
        }

        [Fact]
        public async Task Digit_nine_stays_connected_until_hung_up()
        {
            await using var kit = await CallKit.StartAsync();
            var id = await kit.PlaceAsync("+15559876549");
            await kit.WaitForRemoteAsync(id, "connected");
            await Task.Delay(300);
            Assert.Equal("connected", CallKit.Remote(await kit.CallAsync(id), kit.Agent).GetProperty("state").GetString());

            var (status, body, _) = await kit.Client.SendAsync(HttpMethod.Patch, "/api/v2/conversations/calls/" + id, kit.Token,
                "{\"state\":\"disconnected\"}");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("/api/v2/conversations/" + id, body.GetProperty("selfUri").GetString());
            Assert.True(body.TryGetProperty("endTime", out _));
            var call = await kit.CallAsync(id);
            Assert.Equal("client", CallKit.Caller(call, kit.Agent).GetProperty("disconnectType").GetString());
            Assert.Equal("peer", CallKit.Remote(call, kit.Agent).GetProperty("disconnectType").GetString());
            Assert.True(CallKit.Remote(call, kit.Agent).TryGetProperty("endTime", out _));
            await kit.WaitForRemoteAsync(id, "terminated");
        }

        [Fact]
        public async Task Calls_to_a_user_and_to_a_queue_are_answered_by_a_person()
        {
            await using var kit = await CallKit.StartAsync();
            var callee = kit.Server.UserIds[3];
            var toUser = await kit.PlaceAsync("", body: "{\"callUserId\":\"" + callee + "\"}");
            var remote = CallKit.Remote(await kit.WaitForRemoteAsync(toUser, "terminated"), kit.Agent);
            Assert.Equal(callee, remote.GetProperty("user").GetProperty("id").GetString());
            Assert.Equal("user", remote.GetProperty("purpose").GetString());
            Assert.Equal(30, CallKit.Ms(remote, "startTime", "connectedTime"));

            var (_, queues, _) = await kit.Client.GetAsync("/api/v2/routing/queues", kit.Token);
            var queueId = queues.GetProperty("entities")[0].GetProperty("id").GetString();
            var toQueue = await kit.PlaceAsync("", body: "{\"callQueueId\":\"" + queueId + "\"}");
            var member = CallKit.Remote(await kit.WaitForRemoteAsync(toQueue, "terminated"), kit.Agent);
            Assert.Equal("agent", member.GetProperty("purpose").GetString());
            Assert.Equal(queueId, member.GetProperty("queue").GetProperty("id").GetString());
            Assert.True(member.TryGetProperty("connectedTime", out _));
            Assert.NotEqual(kit.Agent, member.GetProperty("user").GetProperty("id").GetString());
        }

        [Fact]
        public async Task A_call_from_a_queue_has_agent_and_customer_legs()
        {
            await using var kit = await CallKit.StartAsync();
            var (_, queues, _) = await kit.Client.GetAsync("/api/v2/routing/queues", kit.Token);
            var queueId = queues.GetProperty("entities")[0].GetProperty("id").GetString();
            var id = await kit.PlaceAsync("", body: "{\"phoneNumber\":\"+15550001115\",\"callFromQueueId\":\"" + queueId
                + "\",\"attributes\":{\"row\":\"7\"}}");
            var call = await kit.CallAsync(id);
            Assert.Equal("agent", CallKit.Caller(call, kit.Agent).GetProperty("purpose").GetString());
            var customer = CallKit.Remote(call, kit.Agent);
            Assert.Equal("customer", customer.GetProperty("purpose").GetString());
            Assert.Equal("7", customer.GetProperty("attributes").GetProperty("row").GetString());
        }

        [Fact]
        public async Task Admin_conversations_list_shows_each_calls_state()
        {
            await using var kit = await CallKit.StartAsync();
            var id = await kit.PlaceAsync("+15550000001");
            await kit.WaitForRemoteAsync(id, "terminated");
            var (_, list, _) = await kit.Client.GetAsync("/emulator/conversations", null);
            var call = list.EnumerateArray().Single(c => c.GetProperty("id").GetString() == id).GetProperty("call");
            Assert.Equal("busy", call.GetProperty("scenario").GetString());
            Assert.Equal("terminated", call.GetProperty("remoteState").GetString());
            Assert.Equal("endpoint", call.GetProperty("disconnectType").GetString());
        }

        /// <summary>GET /conversations/{id} participants carry userId, not user{id}: give them a user{id} so the leg helpers work.</summary>
        private static JsonElement Flatten(JsonElement conversation)
        {
            var participants = conversation.GetProperty("participants").EnumerateArray().Select(p =>
            {
                var copy = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(p.GetRawText())!;
                var shaped = copy.ToDictionary(e => e.Key, e => (object)e.Value);
                if (copy.TryGetValue("userId", out var userId)) shaped["user"] = new { id = userId.GetString() };
                return shaped;
            });
            return JsonSerializer.SerializeToElement(new { participants });
        }
    }
}
