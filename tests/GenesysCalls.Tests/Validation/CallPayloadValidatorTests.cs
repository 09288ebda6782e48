using GenesysCalls.Core.Validation;
using Xunit;

namespace GenesysCalls.Tests.Validation
{
    public class CallPayloadValidatorTests
    {
        private const string UserId = "3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e";
        private const string QueueId = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";

        private static PayloadValidation Check(string json) => CallPayloadValidator.Validate(json);

        private static Diagnostic Single(PayloadValidation result, string code) =>
            Assert.Single(result.Diagnostics, d => d.Code == code);

        [Theory]
        [InlineData("{\"phoneNumber\":\"+15551234567\"}")]
        [InlineData("{\"callUserId\":\"" + UserId + "\"}")]
        [InlineData("{\"callQueueId\":\"" + QueueId + "\",\"priority\":5,\"languageId\":\"" + UserId + "\",\"routingSkillsIds\":[\"" + UserId + "\"],\"routingSkillExpression\":\"x\"}")]
        [InlineData("{\"participants\":[{\"address\":\"+15551234567\"},{\"userId\":\"" + UserId + "\",\"name\":\"Ann\"},{\"queueId\":\"" + QueueId + "\"}]}")]
        [InlineData("{\"conversationIds\":[\"" + UserId + "\",\"" + QueueId + "\"]}")]
        [InlineData("{\"phoneNumber\":\"+15551234567\",\"callerId\":\"+15557654321\",\"callerIdName\":\"Support\",\"callFromQueueId\":\"" + QueueId + "\",\"attributes\":{\"a\":\"1\"},\"uuiData\":\"abc\",\"externalContactId\":\"" + UserId + "\",\"label\":\"sales\"}")]
        public void Valid_payloads_have_no_diagnostics(string json)
        {
            var result = Check(json);
            Assert.Empty(result.Diagnostics);
            Assert.True(result.IsValid);
            Assert.NotNull(result.Request);
        }

        [Fact]
        public void Typed_request_carries_every_field()
        {
            var result = Check("{\"phoneNumber\":\"+15551234567\",\"callerId\":\"+15557654321\",\"callFromQueueId\":\"" + QueueId + "\",\"attributes\":{\"k\":\"v\"},\"label\":\"l\"}");
            var request = Assert.IsType<CreateCallRequest>(result.Request);
            Assert.Equal("+15551234567", request.PhoneNumber);
            Assert.Equal("+15557654321", request.CallerId);
            Assert.Equal(QueueId, request.CallFromQueueId);
            Assert.Equal("v", request.Attributes!["k"]);
            Assert.Equal("l", request.Label);
        }

        [Fact]
        public void Syntax_error_reports_line_and_column()
        {
            var result = Check("{\n  \"phoneNumber\": \"+15551234567\",\n  oops\n}");
            var d = Single(result, "bad.request");
            Assert.Contains("line 3", d.Message);
            Assert.Contains("column 3", d.Message);
            Assert.Null(result.Request);
        }

        [Theory]
        [InlineData("from", "callFromQueueId")]
        [InlineData("to", "phoneNumber")]
        [InlineData("targets", "participants")]
        [InlineData("initiator", "/api/v2/conversations/calls/user/{userId}")]
        [InlineData("agentId", "/api/v2/conversations/calls/user/{userId}")]
        [InlineData("type", "destination field")]
        [InlineData("routingData", "callQueueId")]
        [InlineData("provider", "station")]
        [InlineData("PhoneNumber", "case-sensitive: use 'phoneNumber'")]
        public void Unknown_root_property_is_invalid_property_with_a_hint(string property, string hintFragment)
        {
            var result = Check("{\"phoneNumber\":\"+15551234567\",\"" + property + "\":\"x\"}");
            var d = Single(result, "invalid.property");
            Assert.Equal(property, d.Path);
            Assert.Contains("[CreateCallRequest]", d.Message);
            Assert.Contains(hintFragment, d.Hint);
            Assert.False(result.IsValid);
        }

        [Fact]
        public void Unknown_property_without_a_known_mistake_lists_the_valid_ones()
        {
            var d = Single(Check("{\"phoneNumber\":\"+15551234567\",\"zzz\":1}"), "invalid.property");
            Assert.Contains("callQueueId", d.Hint);
        }

        [Theory]
        [InlineData("to", "address")]
        [InlineData("from", "caller")]
        [InlineData("phoneNumber", "address")]
        [InlineData("purpose", "userId")]
        public void Unknown_participant_property_names_the_path_and_hint(string property, string hintFragment)
        {
            var result = Check("{\"participants\":[{\"address\":\"+15551234567\"},{\"" + property + "\":\"+15551234567\",\"address\":\"+15551230000\"}]}");
            var d = Single(result, "invalid.property");
            Assert.Equal("participants[1]." + property, d.Path);
            Assert.Contains("[Destination]", d.Message);
            Assert.Contains(hintFragment, d.Hint);
        }

        [Fact]
        public void The_seed_style_from_to_body_is_explained()
        {
            var result = Check("{\"from\":{\"phoneNumber\":\"+15551234567\"},\"to\":[{\"phoneNumber\":\"+15559876543\"}]}");
            Assert.Equal(2, result.Diagnostics.Count(d => d.Code == "invalid.property"));
            Single(result, "missing.create.conversation.destination.parameter");
        }

        [Fact]
        public void Two_destinations_is_too_many()
        {
            var d = Single(Check("{\"phoneNumber\":\"+15551234567\",\"callUserId\":\"" + UserId + "\"}"), "too.many.create.conversation.parameters");
            Assert.Contains("phoneNumber, callUserId", d.Message);
        }

        [Theory]
        [InlineData("{}")]
        [InlineData("{\"participants\":[]}")]
        [InlineData("{\"callerId\":\"+15551234567\"}")]
        public void No_destination_is_missing_destination(string json) =>
            Single(Check(json), "missing.create.conversation.destination.parameter");

        [Theory]
        [InlineData("{\"callQueueId\":\"" + QueueId + "\",\"priority\":\"high\"}", "priority")]
        [InlineData("{\"callQueueId\":\"" + QueueId + "\",\"priority\":1.5}", "priority")]
        [InlineData("{\"phoneNumber\":\"+15551234567\",\"attributes\":{\"n\":5}}", "attributes.n")]
        [InlineData("{\"phoneNumber\":\"+15551234567\",\"attributes\":[\"a\"]}", "attributes")]
        [InlineData("{\"participants\":{\"address\":\"+15551234567\"}}", "participants")]
        [InlineData("{\"participants\":[\"+15551234567\"]}", "participants[0]")]
        [InlineData("{\"phoneNumber\":15551234567}", "phoneNumber")]
        [InlineData("{\"conversationIds\":[1]}", "conversationIds[0]")]
        public void Wrong_json_type_is_invalid_value(string json, string path)
        {
            var d = Single(Check(json), "invalid.value");
            Assert.Equal(path, d.Path);
        }

        [Fact]
        public void Root_that_is_not_an_object_is_invalid_value()
        {
            var result = Check("[1,2]");
            Assert.Equal("invalid.value", Assert.Single(result.Diagnostics).Code);
            Assert.Null(result.Request);
        }

        [Theory]
        [InlineData("+1555abc4567", "'a'")]
        [InlineData("555+1234", "'+'")]
        [InlineData("+15551234567,,123", "','")]
        [InlineData("()-", "no digits")]
        public void Undialable_numbers_are_warnings_our_judgement(string number, string detail)
        {
            var result = Check("{\"phoneNumber\":\"" + number + "\"}");
            var d = Single(result, "genesyscalls.phone.undialable");
            Assert.Equal(DiagnosticSeverity.Warning, d.Level);
            Assert.Contains(detail, d.Message);
            Assert.True(result.IsValid);
        }

        [Theory]
        [InlineData("phoneNumber")]
        [InlineData("callerId")]
        public void Blank_numbers_are_warnings(string field)
        {
            var json = field == "phoneNumber" ? "{\"phoneNumber\":\"\"}" : "{\"phoneNumber\":\"+15551234567\",\"callerId\":\" \"}";
            var d = Single(Check(json), "genesyscalls.value.empty");
            Assert.Equal((DiagnosticSeverity.Warning, field), (d.Level, d.Path));
        }

        [Theory]
        [InlineData("phoneNumber", "(555) 123-4567", null)]
        [InlineData("phoneNumber", "+1 555 123 4567", "+15551234567")]
        [InlineData("callerId", "5551234", null)]
        public void Dialable_non_e164_numbers_are_warnings(string field, string number, string? suggestion)
        {
            var json = field == "phoneNumber" ? "{\"phoneNumber\":\"" + number + "\"}" : "{\"phoneNumber\":\"+15551234567\",\"callerId\":\"" + number + "\"}";
            var result = Check(json);
            var d = Single(result, "genesyscalls.phone.not.e164");
            Assert.Equal(DiagnosticSeverity.Warning, d.Level);
            Assert.Equal(field, d.Path);
            Assert.True(result.IsValid);
            if (suggestion != null) Assert.Contains(suggestion, d.Hint);
        }

        [Theory]
        [InlineData("+15551234567", true)]
        [InlineData("tel:+15551234567", true)]
        [InlineData("sip:agent@example.com", false)]
        [InlineData("agent@example.com", false)]
        public void Participant_address_is_checked_only_when_it_looks_like_a_number(string address, bool checkedAsNumber)
        {
            Assert.Equal(checkedAsNumber, !PhoneNumberRules.IsAddress(address));
            Assert.Empty(Check("{\"participants\":[{\"address\":\"" + address + "\"}]}").Diagnostics);
        }

        [Theory]
        [InlineData("sip:alice@example.com")]
        [InlineData("alice@example.com")]
        public void An_address_passes_in_phoneNumber_callerId_and_participants_alike(string address)
        {
            Assert.Empty(Check("{\"phoneNumber\":\"" + address + "\"}").Diagnostics);
            Assert.Empty(Check("{\"phoneNumber\":\"+15551234567\",\"callerId\":\"" + address + "\"}").Diagnostics);
            Assert.Empty(Check("{\"participants\":[{\"address\":\"" + address + "\"}]}").Diagnostics);
        }

        [Theory]
        [InlineData("{\"phoneNumber\":\"+15551234567,,123\"}", "phoneNumber")]
        [InlineData("{\"phoneNumber\":\"+15551234567\",\"callerId\":\"+15551234567,,123\"}", "callerId")]
        [InlineData("{\"participants\":[{\"address\":\"+15551234567,,123\"}]}", "participants[0].address")]
        public void Post_dial_digits_are_the_same_warning_in_every_number_field(string json, string path)
        {
            var d = Single(Check(json), "genesyscalls.phone.undialable");
            Assert.Equal((DiagnosticSeverity.Warning, path), (d.Level, d.Path));
        }

        [Fact]
        public void Participant_number_with_letters_is_a_warning()
        {
            var d = Single(Check("{\"participants\":[{\"address\":\"+1555CALLNOW\"}]}"), "genesyscalls.phone.undialable");
            Assert.Equal(("participants[0].address", DiagnosticSeverity.Warning), (d.Path, d.Level));
        }

        [Theory]
        [InlineData("callUserId", "callUserId")]
        [InlineData("callQueueId", "callQueueId")]
        [InlineData("callFromQueueId", "callFromQueueId")]
        [InlineData("externalContactId", "externalContactId")]
        [InlineData("languageId", "languageId")]
        public void Ids_that_are_not_guids_are_warnings(string field, string path)
        {
            var json = field is "callUserId" or "callQueueId"
                ? "{\"" + field + "\":\"jane@example.com\"}"
                : "{\"phoneNumber\":\"+15551234567\",\"" + field + "\":\"Sales\"}";
            var result = Check(json);
            var d = Single(result, "genesyscalls.id.not.guid");
            Assert.Equal((path, DiagnosticSeverity.Warning), (d.Path, d.Level));
            Assert.DoesNotContain(result.Diagnostics, x => x.Level == DiagnosticSeverity.Error);
        }

        [Fact]
        public void Participant_and_array_ids_that_are_not_guids_are_warnings()
        {
            var result = Check("{\"participants\":[{\"userId\":\"jane\"},{\"queueId\":\"" + QueueId + "\"}]}");
            Assert.Equal(("participants[0].userId", DiagnosticSeverity.Warning), (Single(result, "genesyscalls.id.not.guid").Path, Single(result, "genesyscalls.id.not.guid").Level));
            Assert.Equal("conversationIds[1]", Single(Check("{\"conversationIds\":[\"" + UserId + "\",\"nope\"]}"), "genesyscalls.id.not.guid").Path);
        }

        [Fact]
        public void Queue_fields_without_a_queue_are_a_warning()
        {
            var result = Check("{\"phoneNumber\":\"+15551234567\",\"priority\":3,\"routingSkillExpression\":\"x\"}");
            var d = Single(result, "genesyscalls.queue.fields.ignored");
            Assert.Equal(DiagnosticSeverity.Warning, d.Level);
            Assert.Contains("priority, routingSkillExpression", d.Message);
            Assert.True(result.IsValid);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        public void Blank_participant_address_is_a_warning(string address)
        {
            var d = Single(Check("{\"participants\":[{\"address\":\"" + address + "\"}]}"), "genesyscalls.value.empty");
            Assert.Equal(("participants[0].address", DiagnosticSeverity.Warning), (d.Path, d.Level));
        }

        [Fact]
        public void Participant_with_nothing_to_call_is_a_warning()
        {
            var result = Check("{\"participants\":[{\"name\":\"Ann\"}]}");
            Assert.Equal(DiagnosticSeverity.Warning, Single(result, "genesyscalls.participant.empty").Level);
            Assert.True(result.IsValid);
        }

        [Fact]
        public void Huge_body_is_rejected_without_parsing()
        {
            var json = "{\"phoneNumber\":\"" + new string('1', 50 * 1024 * 1024) + "\"}";
            Assert.Equal("request.entity.too.large", Assert.Single(Check(json).Diagnostics).Code);
        }

        [Fact]
        public void Deep_nesting_is_a_clear_error_not_a_crash()
        {
            var json = "{\"attributes\":" + new string('[', 10_000) + new string(']', 10_000) + "}";
            Assert.Equal("genesyscalls.json.too.deep", Assert.Single(Check(json).Diagnostics).Code);
        }

        [Theory]
        [InlineData("{\"phoneNumber\":\"+15559876543\",\"callerId\":{\"phoneNumber\":\"+15550100100\"}}", "callerId",
            "Write \"callerId\": \"+15550100100\" (one plain string, not an object).")]
        [InlineData("{\"phoneNumber\":[\"+15559876543\"]}", "phoneNumber", "Write \"phoneNumber\": \"+15559876543\" (one plain string, not a list).")]
        [InlineData("{\"phoneNumber\":\"+15559876543\",\"label\":[\"a\"]}", "label", "Write \"label\": \"a\" (one plain string, not a list).")]
        [InlineData("{\"phoneNumber\":[\"+15559876543\",\"+15559876544\"]}", "phoneNumber",
            "Write \"phoneNumber\": \"+15559876543\" (one plain string, not a list); send one request per value.")]
        [InlineData("{\"phoneNumber\":\"+15559876543\",\"label\":{}}", "label", "label is one plain string, not an object.")]
        [InlineData("{\"phoneNumber\":\"+15559876543\",\"label\":42}", "label", "Put the value in double quotes: \"label\": \"42\".")]
        public void A_wrong_type_in_a_string_field_shows_the_plain_string_that_belongs_there(string json, string path, string hint)
        {
            var d = Assert.Single(Check(json).Diagnostics, d => d.Path == path);
            Assert.Equal("invalid.value", d.Code);
            Assert.Equal(hint, d.Hint);
        }

        [Fact]
        public void Invalid_utf8_names_the_byte()
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes("{\"phoneNumber\":\"+1555\"}");
            bytes[17] = 0xFF;
            var d = Assert.Single(CallPayloadValidator.Validate(bytes).Diagnostics);
            Assert.Equal("genesyscalls.json.invalid.encoding", d.Code);
            Assert.Contains("byte 18", d.Message);
        }

        [Fact]
        public void Unpaired_surrogate_in_text_is_a_clear_error() =>
            Assert.Equal("genesyscalls.json.invalid.encoding", Assert.Single(Check("{\"phoneNumber\":\"\uD800\"}").Diagnostics).Code);

        [Theory]
        [InlineData("utf-16")]
        [InlineData("utf-16BE")]
        [InlineData("utf-32")]
        [InlineData("utf-32BE")]
        public void Bytes_with_a_byte_order_mark_are_read_in_its_encoding(string name)
        {
            var encoding = System.Text.Encoding.GetEncoding(name);
            var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("{\"phoneNumber\":\"+15551234567\",\"label\":\"Zoë\"}")).ToArray();
            var validation = CallPayloadValidator.Validate(bytes);
            Assert.Empty(validation.Diagnostics);
            Assert.Equal("Zoë", validation.Request!.Label);
        }

        [Fact]
        public void Broken_utf16_names_its_encoding_and_byte()
        {
            var text = System.Text.Encoding.Unicode.GetBytes("{\"label\":\"a\"}");
            var bytes = new byte[] { 0xFF, 0xFE }.Concat(text).Concat(new byte[] { 0x00, 0xD8, 0x41, 0x00 }).ToArray();
            var d = Assert.Single(CallPayloadValidator.Validate(bytes).Diagnostics);
            Assert.Equal("genesyscalls.json.invalid.encoding", d.Code);
            Assert.Contains("not valid UTF-16 LE at byte", d.Message);
        }

        [Fact]
        public void Utf8_bytes_with_bom_validate_like_text()
        {
            var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes("{\"phoneNumber\":\"+15551234567\"}")).ToArray();
            Assert.Empty(CallPayloadValidator.Validate(bytes).Diagnostics);
        }

        [Fact]
        public void Typed_request_round_trip_keeps_unknown_and_mistyped_fields_so_they_are_found_again()
        {
            var first = Check("{\"from\":\"x\",\"callQueueId\":\"" + QueueId + "\",\"priority\":\"high\",\"participants\":[{\"to\":\"1\"}]}");
            var again = CallPayloadValidator.Validate(first.Request!);
            Assert.Equal(first.Diagnostics.Select(d => d.Code + "@" + d.Path).OrderBy(x => x), again.Diagnostics.Select(d => d.Code + "@" + d.Path).OrderBy(x => x));
        }

        [Fact]
        public void Null_fields_count_as_absent()
        {
            Assert.Empty(Check("{\"phoneNumber\":\"+15551234567\",\"callUserId\":null}").Diagnostics);
        }
    }
}
