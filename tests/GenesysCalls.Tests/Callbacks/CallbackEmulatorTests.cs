using System.Net;
using System.Text.Json;
using GenesysCalls.Tests.Emulator;
using Xunit;

namespace GenesysCalls.Tests.Callbacks
{
    /// <summary>The emulator's callbacks: definition shapes and codes, queues holding them, a due one dialled by a ready agent.</summary>
    public class CallbackEmulatorTests
    {
        private const string Path = "/api/v2/conversations/callbacks";

        internal static async Task<string> QueueAsync(CallKit kit) =>
            (await kit.Client.GetAsync("/api/v2/routing/queues", kit.Token)).Body.GetProperty("entities")[0].GetProperty("id").GetString()!;

        private static readonly string Definition = File.ReadAllText(System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(Support.RepoFiles.SharedApiDefinition)!, "genesys-callbacks-openapi.yml"));

        /// <summary>The code answered; a callback.error.* code must carry the definition's own message text.</summary>
        private static async Task<string> CodeAsync(CallKit kit, HttpMethod method, string path, string body, HttpStatusCode expected)
        {
            var (status, json, _) = await kit.Client.SendAsync(method, path, kit.Token, body);
            Assert.Equal(expected, status);
            var code = json.GetProperty("code").GetString()!;
            if (code.StartsWith("callback.error.", StringComparison.Ordinal))
            {
                Assert.Contains("            " + code + ": " + json.GetProperty("message").GetString(), Definition);
            }

            return code;
        }

        [Fact]
        public async Task Create_answers_CreateCallbackResponse_and_the_read_shows_a_scheduled_callback()
        {
            await using var kit = await CallKit.StartAsync();
            var queue = await QueueAsync(kit);
            var at = DateTimeOffset.UtcNow.AddHours(2).ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
            var (status, created, _) = await kit.Client.PostAsync(Path, kit.Token, "{\"callbackNumbers\":[\"+15557770005\"],\"queueId\":\""
                + queue + "\",\"callbackScheduledTime\":\"" + at + "\",\"callbackUserName\":\"Ann Lee\",\"data\":{\"note\":\"renewal\"}}");
            Assert.Equal(HttpStatusCode.OK, status);
            var id = created.GetProperty("conversation").GetProperty("id").GetString()!;
            Assert.Equal(new[] { "EXTERNAL", "ACD" }, created.GetProperty("callbackIdentifiers").EnumerateArray()
                .Select(i => i.GetProperty("type").GetString()));

            var read = (await kit.Client.GetAsync(Path + "/" + id, kit.Token)).Body;
            var customer = read.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("purpose").GetString() == "customer");
            Assert.Equal("+15557770005", customer.GetProperty("callbackNumbers")[0].GetString());
            Assert.Equal(at, customer.GetProperty("callbackScheduledTime").GetString());
            Assert.Equal("renewal", customer.GetProperty("attributes").GetProperty("note").GetString());
            Assert.Equal(2, read.GetProperty("participants").GetArrayLength());
            Assert.Equal("conversation.error.conversation.not.found", (await kit.Client.GetAsync(Path + "/" + Guid.NewGuid(), kit.Token))
                .Body.GetProperty("code").GetString());
        }

        [Fact]
        public async Task Create_refuses_with_the_definitions_codes()
        {
            await using var kit = await CallKit.StartAsync();
            var queue = await QueueAsync(kit);
            var bad = HttpStatusCode.BadRequest;
            Assert.Equal("callback.error.missing.callback.numbers", await CodeAsync(kit, HttpMethod.Post, Path, "{\"queueId\":\"" + queue + "\"}",
                bad));
            Assert.Equal("callback.error.missing.queue.id", await CodeAsync(kit, HttpMethod.Post, Path, "{\"callbackNumbers\":[\"+1555\"]}", bad));
            Assert.Equal("invalid.property", await CodeAsync(kit, HttpMethod.Post, Path, "{\"phoneNumber\":\"+1555\",\"queueId\":\"" + queue
                + "\"}", bad));
            Assert.Equal("invalid.date", await CodeAsync(kit, HttpMethod.Post, Path, "{\"callbackNumbers\":[\"+1555\"],\"queueId\":\"" + queue
                + "\",\"callbackScheduledTime\":\"2030-01-02T10:00:00\"}", bad));
            Assert.Equal("callback.error.scheduled.time.too.far.in.future", await CodeAsync(kit, HttpMethod.Post, Path,
                "{\"callbackNumbers\":[\"+1555\"],\"queueId\":\"" + queue + "\",\"callbackScheduledTime\":\"2099-01-02T10:00:00Z\"}", bad));
            Assert.Equal("invalid.value", await CodeAsync(kit, HttpMethod.Post, Path, "{\"callbackNumbers\":\"+1555\",\"queueId\":\"" + queue
                + "\"}", bad));
            Assert.Equal("not.found", await CodeAsync(kit, HttpMethod.Post, Path, "{\"callbackNumbers\":[\"+1555\"],\"queueId\":\""
                + Guid.NewGuid() + "\"}", HttpStatusCode.NotFound));
            Assert.Equal("callback.error.cannot.create.agent.owned.callback", await CodeAsync(kit, HttpMethod.Post, Path,
                "{\"callbackNumbers\":[\"+1555\"],\"routingData\":{\"queueId\":\"" + queue + "\",\"routingFlags\":[\"AGENT_OWNED_CALLBACK\"]}}",
                bad));
        }

        [Fact]
        public async Task Patch_reschedules_a_waiting_callback_and_needs_agentId_and_conversationId()
        {
            await using var kit = await CallKit.StartAsync();
            var queue = await QueueAsync(kit);
            var created = (await kit.Client.PostAsync(Path, kit.Token, "{\"callbackNumbers\":[\"+15557770005\"],\"queueId\":\"" + queue
                + "\",\"callbackScheduledTime\":\"" + DateTimeOffset.UtcNow.AddHours(2).ToString("O") + "\"}")).Body;
            var id = created.GetProperty("conversation").GetProperty("id").GetString()!;
            var later = DateTimeOffset.UtcNow.AddHours(3).ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
            Assert.Equal("constraint.validation", await CodeAsync(kit, HttpMethod.Patch, Path, "{\"conversationId\":\"" + id
                + "\",\"callbackScheduledTime\":\"" + later + "\"}", HttpStatusCode.BadRequest));
            Assert.Equal("callback.error.missing.required.information.for.patch.request", await CodeAsync(kit, HttpMethod.Patch, Path,
                "{\"conversationId\":\"" + id + "\",\"agentId\":\"" + kit.Agent + "\"}", HttpStatusCode.BadRequest));
            Assert.Equal("callback.error.callback.not.found", await CodeAsync(kit, HttpMethod.Patch, Path, "{\"conversationId\":\""
                + Guid.NewGuid() + "\",\"agentId\":\"" + kit.Agent + "\",\"callbackScheduledTime\":\"" + later + "\"}", HttpStatusCode.NotFound));
            var (status, _, _) = await kit.Client.SendAsync(HttpMethod.Patch, Path, kit.Token, "{\"conversationId\":\"" + id + "\",\"agentId\":\""
                + kit.Agent + "\",\"callbackScheduledTime\":\"" + later + "\"}");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(later, Customer((await kit.Client.GetAsync(Path + "/" + id, kit.Token)).Body).GetProperty("callbackScheduledTime")
                .GetString());
        }

        [Fact]
        public async Task A_due_callback_is_dialled_by_a_ready_agent_and_plays_the_numbers_story()
        {
            await using var kit = await CallKit.StartAsync();
            var queue = await QueueAsync(kit);
            var id = (await kit.Client.PostAsync(Path, kit.Token, "{\"callbackNumbers\":[\"+15557770071\"],\"queueId\":\"" + queue + "\"}"))
                .Body.GetProperty("conversation").GetProperty("id").GetString()!;
            JsonElement agent = default;
            for (var i = 0; i < 100; i++)
            {
                var read = (await kit.Client.GetAsync(Path + "/" + id, kit.Token)).Body;
                agent = read.GetProperty("participants").EnumerateArray().FirstOrDefault(p => p.GetProperty("purpose").GetString() == "agent");
                if (agent.ValueKind == JsonValueKind.Object && agent.GetProperty("state").GetString() is "disconnected" or "terminated") break;
                await Task.Delay(50);
            }

            Assert.Contains(agent.GetProperty("state").GetString(), new[] { "disconnected", "terminated" });
            var call = await kit.CallAsync(id);
            var remote = CallKit.Remote(call, agent.GetProperty("user").GetProperty("id").GetString()!);
            Assert.Equal("endpoint", remote.GetProperty("disconnectType").GetString());
            Assert.Equal("+15557770071", remote.GetProperty("address").GetString());
        }

        [Fact]
        public async Task Bulk_disconnect_cancels_waiting_callbacks_and_caps_the_list()
        {
            await using var kit = await CallKit.StartAsync();
            var queue = await QueueAsync(kit);
            var created = (await kit.Client.PostAsync(Path, kit.Token, "{\"callbackNumbers\":[\"+15557770005\"],\"queueId\":\"" + queue
                + "\",\"callbackScheduledTime\":\"" + DateTimeOffset.UtcNow.AddHours(2).ToString("O") + "\"}")).Body;
            var id = created.GetProperty("conversation").GetProperty("id").GetString()!;
            var callbackId = created.GetProperty("callbackIdentifiers")[0].GetProperty("id").GetString()!;
            var (status, _, _) = await kit.Client.PostAsync(Path + "/bulk/disconnect", kit.Token,
                "{\"callbackDisconnectIdentifiers\":[{\"conversationId\":\"" + id + "\",\"callbackId\":\"" + callbackId + "\"}]}");
            Assert.Equal(HttpStatusCode.Accepted, status);
            var customer = Customer((await kit.Client.GetAsync(Path + "/" + id, kit.Token)).Body);
            Assert.Equal("disconnected", customer.GetProperty("state").GetString());
            Assert.Equal("client", customer.GetProperty("disconnectType").GetString());
            var many = string.Join(",", Enumerable.Range(0, 101).Select(_ => "{\"conversationId\":\"" + id + "\",\"callbackId\":\"x\"}"));
            Assert.Equal("callback.error.too.many.entities", await CodeAsync(kit, HttpMethod.Post, Path + "/bulk/disconnect",
                "{\"callbackDisconnectIdentifiers\":[" + many + "]}", HttpStatusCode.BadRequest));
        }

        private static JsonElement Customer(JsonElement conversation) =>
            conversation.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("purpose").GetString() == "customer");
    }
}
