using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Validation;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Callbacks
{
    /// <summary>Test-CallPayload -Kind Callback: the CreateCallbackCommand field table and rules, offline.</summary>
    public class CallbackPayloadTests
    {
        private const string Queue = "3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e";

        private static PayloadValidation Check(string json) => CallPayloadValidator.Validate(json, GenesysCalls.CallPayloadKind.Callback);

        private static string[] Codes(string json) => Check(json).Diagnostics.Select(d => d.Severity + ":" + d.Code + "@" + d.Path).ToArray();

        [Fact]
        public void A_right_body_is_valid_and_typed()
        {
            var result = Check("{\"callbackNumbers\":[\"+15551234567\"],\"queueId\":\"" + Queue + "\",\"callbackScheduledTime\":\"2099-01-02T10:00:00.000Z\","
                + "\"data\":{\"note\":\"x\"},\"validateCallbackNumbers\":true,\"customerFirstCallbackDeliveryMode\":\"UseQueueSetting\"}");
            Assert.True(result.IsValid, string.Join(" | ", result.Diagnostics));
            Assert.Empty(result.Diagnostics);
            Assert.Equal("+15551234567", Assert.Single(result.Callback!.CallbackNumbers!));
            Assert.True(result.Callback.ValidateCallbackNumbers);
            Assert.Null(result.Request);
        }

        [Fact]
        public void PhoneNumber_points_to_callbackNumbers_and_the_numbers_are_required()
        {
            var result = Check("{\"phoneNumber\":\"+15551234567\",\"queueId\":\"" + Queue + "\"}");
            Assert.False(result.IsValid);
            Assert.Equal(new[] { "Error:invalid.property@phoneNumber", "Error:callback.error.missing.callback.numbers@callbackNumbers" },
                result.Diagnostics.Select(d => d.Severity + ":" + d.Code + "@" + d.Path));
            Assert.Contains("callbackNumbers", result.Diagnostics[0].Hint);
        }

        [Theory]
        [InlineData("{\"callbackNumbers\":[\"+15551234567\"]}", "Error:callback.error.missing.queue.id@queueId")]
        [InlineData("{\"callbackNumbers\":[\"+15551234567\"],\"queueId\":\"" + Queue + "\",\"routingData\":{\"queueId\":\"" + Queue + "\"}}",
            "Warning:genesyscalls.callback.queue.twice@routingData.queueId")]
        [InlineData("{\"callbackNumbers\":[\"+15551234567\"],\"queueId\":\"" + Queue + "\",\"callbackScheduledTime\":\"2099-01-02T10:00:00\"}",
            "Error:invalid.date@callbackScheduledTime")]
        [InlineData("{\"callbackNumbers\":[\"+15551234567\"],\"queueId\":\"" + Queue + "\",\"callbackScheduledTime\":\"2001-01-02T10:00:00Z\"}",
            "Warning:genesyscalls.callback.time.past@callbackScheduledTime")]
        [InlineData("{\"callbackNumbers\":\"+15551234567\",\"queueId\":\"" + Queue + "\"}", "Error:invalid.value@callbackNumbers")]
        [InlineData("{\"callbackNumbers\":[\"+15551234567\"],\"queueId\":\"" + Queue + "\",\"data\":{\"n\":1}}", "Error:invalid.value@data.n")]
        [InlineData("{\"callbackNumbers\":[\"5551234567\"],\"queueId\":\"" + Queue + "\"}", "Warning:genesyscalls.phone.not.e164@callbackNumbers[0]")]
        [InlineData("{\"callbackNumbers\":[\"+15551234567\"],\"queueId\":\"Sales\"}", "Warning:genesyscalls.id.not.guid@queueId")]
        [InlineData("{\"callbackNumbers\":[\"+15551234567\"],\"routingData\":{\"queueId\":\"" + Queue + "\",\"agentIds\":[]}}",
            "Error:invalid.property@routingData.agentIds")]
        [InlineData("{\"callbackNumbers\":[\"+15551234567\"],\"queueId\":\"" + Queue + "\",\"customerFirstCallbackDeliveryMode\":\"soon\"}",
            "Error:invalid.value@customerFirstCallbackDeliveryMode")]
        public void Each_mistake_is_one_finding_with_its_code(string json, string finding) => Assert.Equal(new[] { finding }, Codes(json));

        [Fact]
        public void The_body_writer_round_trips_every_field_of_the_table()
        {
            var json = "{\"callbackNumbers\":[\"+15551234567\",\"+15557654321\"],\"routingData\":{\"queueId\":\"" + Queue + "\",\"preferredAgentIds\":[\""
                + Queue + "\"],\"priority\":3,\"routingFlags\":[\"X\"],\"scoredAgents\":[{\"agent\":{\"id\":\"" + Queue + "\"},\"score\":100}]},"
                + "\"callbackScheduledTime\":\"2099-01-02T10:00:00.000Z\",\"callbackUserName\":\"Ann\",\"callerId\":\"+15550100100\","
                + "\"callerIdName\":\"Renewals\",\"scriptId\":\"" + Queue + "\",\"countryCode\":\"US\",\"data\":{\"a\":\"b\"},"
                + "\"customerFirstCallbackDeliveryMode\":\"NoAgentReservation\",\"validateCallbackNumbers\":false}";
            var typed = Check(json).Callback!;
            Assert.Equal(json, typed.ToJson());
            Assert.Empty(Check(typed.ToJson()).Diagnostics);
        }

        [Fact]
        public void The_checker_reports_the_kind_and_the_typed_callback()
        {
            var output = new RecordingOutput("Test-CallPayload");
            new CallPayloadChecker(output) { Kind = GenesysCalls.CallPayloadKind.Callback }.Process(PayloadInput.Json("{\"callbackNumbers\":[\"+15551234567\"],\"queueId\":\""
                + Queue + "\"}"));
            var report = Assert.IsType<GenesysCalls.CallPayloadReport>(Assert.Single(output.Objects));
            Assert.True(report.IsValid);
            Assert.Equal(GenesysCalls.CallPayloadKind.Callback, report.Kind);
            Assert.NotNull(report.Callback);
        }
    }
}
