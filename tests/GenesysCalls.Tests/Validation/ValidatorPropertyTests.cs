using System.Text;
using FsCheck;
using FsCheck.Fluent;
using GenesysCalls.Core.Validation;
using Xunit;

namespace GenesysCalls.Tests.Validation
{
    /// <summary>Random and mutated input never makes the validator throw, and the same input always gives the same answer.</summary>
    public class ValidatorPropertyTests
    {
        private static readonly string[] Seeds =
        {
            "{\"phoneNumber\":\"+15551234567\"}",
            "{\"from\":{\"phoneNumber\":\"+15551234567\"},\"to\":[{\"phoneNumber\":\"+15559876543\"}]}",
            "{\"participants\":[{\"address\":\"+15551234567\"},{\"userId\":\"3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e\"}]}",
            "{\"callQueueId\":\"9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d\",\"priority\":5,\"attributes\":{\"a\":\"b\"}}",
        };

        private static Config Fixed => Config.QuickThrowOnFailure.WithMaxTest(2_000).WithReplay(42, 7);

        private static string Describe(PayloadValidation v) =>
            string.Join("|", v.Diagnostics.Select(d => d.Code + "@" + d.Path)) + "#" + (v.Request?.ToJson() ?? "-");

        [Fact]
        public void Arbitrary_strings_never_throw_and_are_deterministic()
        {
            Prop.ForAll<string>(text =>
            {
                var input = text ?? string.Empty;
                return Describe(CallPayloadValidator.Validate(input)) == Describe(CallPayloadValidator.Validate(input));
            }).Check(Fixed);
        }

        [Fact]
        public void Arbitrary_bytes_never_throw_and_valid_means_a_request()
        {
            Prop.ForAll<byte[]>(bytes =>
            {
                var result = CallPayloadValidator.Validate(bytes ?? Array.Empty<byte>());
                return Holds(result);
            }).Check(Fixed);
        }

        [Fact]
        public void Mutated_seed_payloads_never_throw()
        {
            var mutations = Gen.Choose(0, Seeds.Length - 1)
                .SelectMany(seed => Gen.Choose(0, Seeds[seed].Length - 1), (seed, at) => (seed, at))
                .SelectMany(x => Gen.Elements('"', '{', '}', '[', ']', ',', ':', '\\', 'x', '1', ' ', '\u0000', '\uD800'), (x, c) => (x.seed, x.at, c))
                .SelectMany(x => Gen.Choose(0, 2), (x, op) => Mutate(Seeds[x.seed], x.at, x.c, op));
            Prop.ForAll(mutations.ToArbitrary(), json =>
            {
                var result = CallPayloadValidator.Validate(json);
                return result.Diagnostics.All(d => d.Message.Length > 0) && Describe(result) == Describe(CallPayloadValidator.Validate(json));
            }).Check(Fixed);
        }

        [Fact]
        public void Generated_json_documents_are_judged_consistently()
        {
            Prop.ForAll(JsonGen.Document().ToArbitrary(), json =>
            {
                var result = CallPayloadValidator.Validate(Encoding.UTF8.GetBytes(json));
                var isObject = json.TrimStart().StartsWith('{');
                // A generated document is well-formed JSON: it is never a syntax error, and anything but an object is invalid.value.
                var noSyntaxError = result.Diagnostics.All(d => d.Code != "bad.request");
                var nonObjectRefused = isObject || (!result.IsValid && result.Diagnostics.Single().Code == "invalid.value");
                return noSyntaxError && nonObjectRefused && Holds(result);
            }).Check(Fixed);
        }

        /// <summary>What every verdict must satisfy: valid exactly when there is no error, and a valid body is a request with one destination that checks valid again.</summary>
        private static bool Holds(PayloadValidation result)
        {
            var errors = result.Diagnostics.Count(d => d.Level == DiagnosticSeverity.Error);
            if (result.IsValid != (errors == 0)) return false;
            if (!result.IsValid) return result.Diagnostics.All(d => d.Code.Length > 0 && d.Message.Length > 0);
            var request = result.Request;
            if (request == null) return false;
            var destinations = new object?[] { request.PhoneNumber, request.CallUserId, request.CallQueueId, request.Participants, request.ConversationIds }.Count(v => v != null);
            return destinations == 1 && CallPayloadValidator.Validate(request.ToJson()).IsValid;
        }

        private static string Mutate(string seed, int at, char c, int op) => op switch
        {
            0 => seed.Remove(at, 1),
            1 => seed.Insert(at, c.ToString()),
            _ => seed.Remove(at, 1).Insert(at, c.ToString()),
        };
    }

    /// <summary>Random JSON biased toward CreateCallRequest's own field names, so the validator's deeper paths are reached.</summary>
    internal static class JsonGen
    {
        private static readonly string[] Names =
            CallPayloadFields.RootNames.Concat(CallPayloadFields.DestinationNames).Concat(new[] { "from", "to", "type", "x" }).ToArray();

        public static Gen<string> Document() => Value(3).Select(v => v);

        private static Gen<string> Value(int depth)
        {
            var scalar = Gen.OneOf(
                Gen.Constant("null"), Gen.Constant("true"), Gen.Choose(-5, 5).Select(i => i.ToString()),
                Gen.Elements("\"+15551234567\"", "\"3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e\"", "\"abc\"", "\"\"", "1.5"));
            if (depth == 0) return scalar;
            var array = Gen.ListOf(Value(depth - 1)).Select(items => "[" + string.Join(",", items.Take(4)) + "]");
            var obj = Gen.ListOf(Gen.Elements(Names).SelectMany(_ => Value(depth - 1), (name, value) => "\"" + name + "\":" + value))
                .Select(props => "{" + string.Join(",", props.Take(6)) + "}");
            return Gen.OneOf(scalar, array, obj);
        }
    }
}
