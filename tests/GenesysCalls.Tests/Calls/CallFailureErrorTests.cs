using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Calls
{
    /// <summary>What New-OutboundCall shows for each telephony failure the emulator can inject: one listed error, the call not retried.</summary>
    public class CallFailureErrorTests : ConnectedTest
    {
        public CallFailureErrorTests()
            : base(agents: 20)
        {
        }

        public static TheoryData<string> Codes() => new(CallFailures.Known.Keys);

        [Theory]
        [MemberData(nameof(Codes))]
        public async Task Each_injected_failure_is_one_error_by_its_status_with_the_code_in_its_words(string code)
        {
            var status = CallFailures.Known[code].Status;
            var (problem, category) = status switch
            {
                400 => ("BadRequest", ErrorKind.InvalidArgument),
                409 => ("Conflict", ErrorKind.ResourceUnavailable),
                500 => ("ServiceError", ErrorKind.ConnectionError),
                _ => throw new InvalidOperationException("No expectation for " + status),
            };
            using (var admin = new EmulatorClient(Server))
            {
                var (set, _, _) = await admin.PostAsync("/emulator/call-failures", null, "{\"code\":\"" + code + "\",\"count\":1}");
                Assert.Equal(System.Net.HttpStatusCode.OK, set);
            }

            // A code the definition lists for POST /conversations/calls only needs a user's own call.
            using var user = CallFailures.Known[code].OwnCallsOnly ? await Connected.ConnectUserAsync(Server, "agent0001@example.com") : null;
            var output = new RecordingOutput("New-OutboundCall");
            var placer = new OutboundCallPlacer(output, user ?? Session);
            Server.ClearRequests();
            await placer.ProcessAsync(new OutboundCallRow { PhoneNumber = "+15550000005", OnBehalfOf = user == null ? Server.UserIds[1] : null },
                CancellationToken.None);
            await placer.CompleteAsync(CancellationToken.None);

            Assert.Empty(output.Objects);
            var error = Assert.Single(output.Errors);
            Assert.Equal("NewOutboundCall" + problem, error.ErrorId);
            Assert.Equal(category, error.Category);
            Assert.Contains("answered " + status + " [" + code + "]: " + CallFailures.Known[code].Message, error.Message);
            Assert.Contains("correlation id", error.Details);
            var stationAdvice = code is "conversation.error.no.user.station" or "providerapi.error.user.does.not.have.a.station";
            Assert.Equal(stationAdvice, error.RecommendedAction?.Contains("station") == true);
            Assert.Single(Server.Requests, r => r.Method == "POST" && r.Path.StartsWith("/api/v2/conversations/calls"));
            Assert.Equal(0, Server.ConversationCount);
        }
    }
}
