using System.Net;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Emulator
{
    /// <summary>POST /emulator/call-failures: every telephony failure the definition lists for the create-call operations, on demand.</summary>
    public class CallFailureTests
    {
        public static TheoryData<string, string, int> Listed()
        {
            var data = new TheoryData<string, string, int>();
            foreach (var path in new[] { DefinitionErrorCodes.Calls, DefinitionErrorCodes.CallsOnBehalf })
            {
                foreach (var (code, (status, _)) in DefinitionErrorCodes.CallFailures(path)) data.Add(path, code, status);
            }

            return data;
        }

        [Fact]
        public void The_table_is_every_failure_code_the_definition_lists_for_either_operation()
        {
            var calls = DefinitionErrorCodes.CallFailures(DefinitionErrorCodes.Calls);
            var onBehalf = DefinitionErrorCodes.CallFailures(DefinitionErrorCodes.CallsOnBehalf);
            Assert.Equal(15, calls.Count);
            Assert.Equal(14, onBehalf.Count);
            Assert.Equal(calls.Keys.Union(onBehalf.Keys).Order(), CallFailures.Known.Keys.Order());
            foreach (var (code, failure) in CallFailures.Known)
            {
                Assert.Equal(calls[code], (failure.Status, failure.Message));
                Assert.Equal(!onBehalf.ContainsKey(code), failure.OwnCallsOnly);
                if (onBehalf.TryGetValue(code, out var same)) Assert.Equal(calls[code], same);
            }
        }

        [Fact]
        public void The_emulator_page_lists_every_code_under_its_status()
        {
            var rows = File.ReadAllLines(RepoFiles.Combine("docs", "emulator.md")).Where(l => l.StartsWith("| 400 |") || l.StartsWith("| 409 |")
                || l.StartsWith("| 500 |")).ToList();
            Assert.Equal(3, rows.Count);
            foreach (var (code, failure) in CallFailures.Known)
            {
                Assert.Single(rows, r => r.Contains("`" + code + "`"));
                Assert.StartsWith("| " + failure.Status + " |", rows.Single(r => r.Contains("`" + code + "`")));
            }
        }

        [Theory]
        [MemberData(nameof(Listed))]
        public async Task Each_listed_code_can_be_injected_and_answers_its_status_in_an_ErrorBody(string operation, string code, int status)
        {
            await using var kit = await CallKit.StartAsync();
            var (_, user) = await kit.Client.UserTokenAsync("agent0001@example.com");
            var (path, token) = operation == DefinitionErrorCodes.Calls
                ? (operation, user.GetProperty("access_token").GetString())
                : ("/api/v2/conversations/calls/user/" + kit.Agent, kit.Token);
            var (set, _, _) = await kit.Client.PostAsync("/emulator/call-failures", null, "{\"code\":\"" + code + "\",\"count\":2}");
            Assert.Equal(HttpStatusCode.OK, set);
            for (var i = 0; i < 2; i++)
            {
                var (answer, body, response) = await kit.Client.PostAsync(path, token, "{\"phoneNumber\":\"+15550000005\"}");
                Assert.Equal(status, (int)answer);
                Assert.Equal(code, body.GetProperty("code").GetString());
                Assert.Equal(status, body.GetProperty("status").GetInt32());
                Assert.Equal(DefinitionErrorCodes.CallFailures(operation)[code].Message, body.GetProperty("message").GetString());
                Assert.Equal(response.Headers.GetValues("ININ-Correlation-Id").Single(), body.GetProperty("contextId").GetString());
            }

            Assert.Equal(HttpStatusCode.OK, (await kit.Client.PostAsync(path, token, "{\"phoneNumber\":\"+15550000005\"}")).Status);
            Assert.Equal(1, kit.Server.ConversationCount);
        }

        [Fact]
        public async Task A_code_listed_for_calls_only_never_hits_a_call_on_behalf_and_waits_for_one_that_is_not()
        {
            const string code = "conversation.error.agent.indicated.address.not.allowed";
            await using var kit = await CallKit.StartAsync();
            await kit.Client.PostAsync("/emulator/call-failures", null, "{\"code\":\"" + code + "\",\"count\":1}");
            await kit.PlaceAsync("+15550000005");
            var (_, user) = await kit.Client.UserTokenAsync("agent0001@example.com");
            var (status, body, _) = await kit.Client.PostAsync(DefinitionErrorCodes.Calls, user.GetProperty("access_token").GetString(),
                "{\"phoneNumber\":\"+15550000005\"}");
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal(code, body.GetProperty("code").GetString());
            Assert.Equal(1, kit.Server.ConversationCount);
        }

        [Fact]
        public async Task Failures_can_target_one_user_and_unknown_codes_are_refused()
        {
            await using var kit = await CallKit.StartAsync();
            Assert.Equal(HttpStatusCode.BadRequest, (await kit.Client.PostAsync("/emulator/call-failures", null, "{\"code\":\"made.up\"}")).Status);
            await kit.Client.PostAsync("/emulator/call-failures", null, "{\"code\":\"conversation.error.media.failed\",\"userId\":\""
                + kit.Server.UserIds[2] + "\"}");
            await kit.PlaceAsync("+15550000005");
            var (status, _, _) = await kit.Client.PostAsync($"/api/v2/conversations/calls/user/{kit.Server.UserIds[2]}", kit.Token,
                "{\"phoneNumber\":\"+15550000005\"}");
            Assert.Equal(HttpStatusCode.Conflict, status);
            await kit.Client.SendAsync(HttpMethod.Delete, "/emulator/call-failures", null);
            await kit.PlaceAsync("+15550000005", kit.Server.UserIds[2]);
        }
    }
}
