using System.Net;
using System.Text.Json;
using Xunit;

namespace GenesysCalls.Tests.Emulator
{
    /// <summary>The service leaves null members out; so must the emulator, in pages, calls and conversations.</summary>
    public class NullMemberTests
    {
        [Fact]
        public async Task A_last_page_has_no_nextUri_and_no_null_member()
        {
            await using var kit = await CallKit.StartAsync();
            foreach (var path in new[] { "/api/v2/users?pageSize=25", "/api/v2/routing/queues", "/api/v2/outbound/contactlists" })
            {
                var (status, page, _) = await kit.Client.GetAsync(path, kit.Token);
                Assert.Equal(HttpStatusCode.OK, status);
                Assert.Equal(1, page.GetProperty("pageCount").GetInt32());
                Assert.False(page.TryGetProperty("nextUri", out _), path);
                Assert.Equal(new string[0], NullMembers(page, path));
            }
        }

        [Fact]
        public async Task A_ringing_call_and_its_conversation_have_no_null_member()
        {
            await using var kit = await CallKit.StartAsync(callSpeed: 1);
            var id = await kit.PlaceAsync("+15550000009");
            var call = await kit.CallAsync(id);
            var remote = CallKit.Remote(call, kit.Agent);
            Assert.Equal("dialing", remote.GetProperty("state").GetString());
            Assert.False(remote.TryGetProperty("connectedTime", out _));
            Assert.False(remote.TryGetProperty("user", out _));
            Assert.Equal(new string[0], NullMembers(call, "call"));

            var conversation = await kit.ConversationAsync(id);
            Assert.False(conversation.TryGetProperty("endTime", out _));
            Assert.Equal(new string[0], NullMembers(conversation, "conversation"));
        }

        /// <summary>The paths of every member whose value is null, at any depth.</summary>
        private static IEnumerable<string> NullMembers(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                return element.EnumerateObject().SelectMany(p => p.Value.ValueKind == JsonValueKind.Null
                    ? new[] { path + "." + p.Name }
                    : NullMembers(p.Value, path + "." + p.Name));
            }

            if (element.ValueKind == JsonValueKind.Array) return element.EnumerateArray().SelectMany((e, i) => NullMembers(e, path + "[" + i + "]"));
            return Array.Empty<string>();
        }
    }
}
