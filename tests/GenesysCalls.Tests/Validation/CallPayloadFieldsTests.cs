using System.Text.Json;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Validation;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Validation
{
    /// <summary>The field table is the definition's CreateCallRequest and Destination, and it drives every reader and writer.</summary>
    public class CallPayloadFieldsTests
    {
        private const string Id = "3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e";

        [Fact]
        public void Every_CreateCallRequest_property_of_the_definition_has_a_row_and_every_row_a_property() =>
            Assert.Equal(ApiDefinition.Properties("CreateCallRequest").OrderBy(n => n, StringComparer.Ordinal),
                CallPayloadFields.RootNames.OrderBy(n => n, StringComparer.Ordinal));

        [Fact]
        public void Every_Destination_property_of_the_definition_has_a_row_and_every_row_a_property() =>
            Assert.Equal(ApiDefinition.Properties("Destination").OrderBy(n => n, StringComparer.Ordinal),
                CallPayloadFields.DestinationNames.OrderBy(n => n, StringComparer.Ordinal));

        [Fact]
        public void Every_model_property_has_a_row_that_reads_and_writes_it()
        {
            AssertRowsCoverModel(CallPayloadFields.Root, () => new CreateCallRequest());
            AssertRowsCoverModel(CallPayloadFields.Participant, () => new Destination());
        }

        [Fact]
        public void Every_field_of_a_piped_request_reaches_the_body_and_reads_back()
        {
            var request = new CreateCallRequest();
            foreach (var field in CallPayloadFields.Root) field.Set(request, Sample(field.Kind));
            var body = CallRequestBuilder.Build(new OutboundCallRow { Request = request }, out var problem);
            Assert.Null(problem);
            using var document = JsonDocument.Parse(body!);
            Assert.Equal(CallPayloadFields.RootNames, document.RootElement.EnumerateObject().Select(p => p.Name));
            var read = CallPayloadValidator.Validate(body!).Request!;
            Assert.All(CallPayloadFields.Root, field => Assert.Equal(JsonOf(field.Get(request)), JsonOf(field.Get(read))));
        }

        [Fact]
        public void Every_field_but_conversationIds_has_a_parameter_and_the_parameter_wins_over_the_request()
        {
            var row = new OutboundCallRow
            {
                Request = new CreateCallRequest { Label = "from the request", CallerIdName = "kept" },
                PhoneNumber = "+15551234567", CallUserId = Id, CallQueueId = Id, Participants = new[] { "+15551234568" }, Priority = 3,
                LanguageId = Id, SkillIds = new[] { Id }, SkillExpression = "x", FromQueueId = Id, CallerId = "+15550001111",
                Attributes = "{\"a\":\"b\"}", Label = "from the row", ExternalContactId = Id, UuiData = "u",
            };
            using var document = JsonDocument.Parse(CallRequestBuilder.Build(row, out _)!);
            var sent = document.RootElement.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(CallPayloadFields.RootNames.Where(n => n != "conversationIds"), sent);
            Assert.Equal("from the row", document.RootElement.GetProperty("label").GetString());
            Assert.Equal("kept", document.RootElement.GetProperty("callerIdName").GetString());
        }

        [Fact]
        public void Invalid_attributes_of_a_row_are_the_builders_problem_not_an_exception()
        {
            Assert.Null(CallRequestBuilder.Build(new OutboundCallRow { PhoneNumber = "+15551234567", Attributes = "{\"a\":null}" }, out var problem));
            Assert.Contains("'a' is null", problem);
        }

        [Fact]
        public void The_destination_list_is_the_destination_rows()
        {
            Assert.Equal("phoneNumber, callQueueId, callUserId, conversationIds, participants", CallPayloadFields.DestinationList);
            Assert.Equal(new[] { "priority", "languageId", "routingSkillsIds", "routingSkillExpression" },
                CallPayloadFields.Root.Where(f => f.QueueOnly).Select(f => f.Name));
        }

        [Fact]
        public void A_request_read_from_an_invalid_body_keeps_the_errors_its_fields_cannot_hold()
        {
            var request = CallPayloadValidator.Validate("{\"phoneNumber\":\"+15551234567\",\"from\":\"x\",\"priority\":\"high\"}").Request!;
            Assert.Equal(new[] { "invalid.property", "invalid.value" }, request.UntypedFindings.Select(d => d.Code));
            Assert.Equal("{\"phoneNumber\":\"+15551234567\"}", request.ToJson());
            var again = CallPayloadValidator.Validate(request);
            Assert.Equal(new[] { "invalid.property", "invalid.value" }, again.Diagnostics.Select(d => d.Code));
            Assert.Equal(request.UntypedFindings, again.Request!.UntypedFindings);
        }

        [Fact]
        public void A_repeated_name_travels_with_the_typed_request_unless_a_parameter_replaces_that_field()
        {
            var request = CallPayloadValidator.Validate("{\"phoneNumber\":\"+15550001111\",\"phoneNumber\":\"+15550002222\"}").Request!;
            Assert.Equal(new[] { "genesyscalls.json.duplicate.property" }, request.UntypedFindings.Select(d => d.Code));
            Assert.Single(CallRequestBuilder.UntypedFindings(new OutboundCallRow { Request = request }));
            Assert.Empty(CallRequestBuilder.UntypedFindings(new OutboundCallRow { Request = request, PhoneNumber = "+15550003333" }));
        }

        private static void AssertRowsCoverModel<T>(IReadOnlyList<CallField<T>> rows, Func<T> create)
        {
            var properties = typeof(T).GetProperties().Where(p => p.CanWrite).ToList();
            Assert.Equal(properties.Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name.Substring(1)), rows.Select(f => f.Name));
            foreach (var field in rows)
            {
                var model = create();
                var value = Sample(field.Kind);
                field.Set(model, value);
                Assert.Equal(JsonOf(value), JsonOf(field.Get(model)));
                var property = properties.Single(p => string.Equals(p.Name, field.Name, StringComparison.OrdinalIgnoreCase));
                Assert.Equal(JsonOf(value), JsonOf(property.GetValue(model)));
                Assert.All(properties.Where(p => p != property), other => Assert.Null(other.GetValue(model)));
            }
        }

        private static object Sample(FieldKind kind) => kind switch
        {
            FieldKind.Int32 => 5,
            FieldKind.StringMap => new Dictionary<string, string> { ["a"] = "b" },
            FieldKind.IdArray => new List<string> { Id },
            FieldKind.Participants => new List<Destination> { new Destination { Address = "+15551234567", Name = "Ann" } },
            FieldKind.Id => Id,
            FieldKind.DialString => "+15551234567",
            _ => "text",
        };

        private static string JsonOf(object? value) => value is List<Destination> participants
            ? string.Join(";", participants.Select(d => d.Address + "|" + d.Name + "|" + d.UserId + "|" + d.QueueId))
            : JsonSerializer.Serialize(value);
    }
}
