using System.Net;
using System.Text;
using System.Text.Json;
using GenesysCalls.Core.Validation;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Validation
{
    /// <summary>
    /// The validator and the emulator read the API definition independently. Fed the same bodies, they must agree on
    /// the service's own codes. The differences below are deliberate.
    /// </summary>
    public class ValidatorEmulatorAgreementTests : IAsyncLifetime
    {
        /// <summary>
        /// Codes only the module raises: rules of our own judgement (the definition says only "string", or does not say),
        /// so they are warnings (sent with -Force) and the emulator, like the service, lets them through.
        /// </summary>
        private static readonly string[] ModuleOnlyCodes =
        {
            "genesyscalls.id.not.guid",          // ids are plain strings and POST /calls lists no invalid.id
            "genesyscalls.phone.undialable",     // numbers are plain strings; post-dial digits may be meant
            "genesyscalls.phone.not.e164",       // the site's number plan may dial it
            "genesyscalls.value.empty",          // an empty number: a string, but nothing to dial
            "genesyscalls.participant.empty",    // no Destination field is required
            "genesyscalls.queue.fields.ignored", // "(if calling a queue)": ignored, not refused
            "genesyscalls.json.duplicate.property", // the service keeps one of the values
        };

        /// <summary>
        /// Deliberate differences where the emulator refuses what the validator passes (perhaps with a warning): it knows the
        /// org, the validator works offline. A callUserId "abc" is a not.guid warning to the validator and a 404 to the emulator.
        /// </summary>
        private static readonly string[] EmulatorOnlyCodes = { "general.resource.not.found" };

        private static readonly string[] Seeds =
        {
            "{\"phoneNumber\":\"+15551234567\"}",
            "{\"from\":{\"phoneNumber\":\"+15551234567\"},\"to\":[{\"phoneNumber\":\"+15559876543\"}]}",
            "{\"participants\":[{\"address\":\"+15551234567\"},{\"address\":\"+15551234568\",\"name\":\"Ann\"}]}",
            "{\"phoneNumber\":\"+15551234567\",\"priority\":5,\"attributes\":{\"a\":\"b\"},\"label\":\"x\"}",
            "{\"phoneNumber\":\"+15551234567\",\"callerId\":\"+15550100100\",\"callerIdName\":\"Ops\"}",
        };

        private EmulatorServer _server = null!;
        private EmulatorClient _client = null!;
        private string _token = null!;

        public async Task InitializeAsync()
        {
            _server = await EmulatorClient.StartAsync(agents: 20);
            _client = new EmulatorClient(_server);
            _token = await _client.ClientTokenAsync();
        }

        public async Task DisposeAsync()
        {
            _client.Dispose();
            await _server.DisposeAsync();
        }

        [Fact]
        public async Task Agree_on_mutated_and_generated_bodies()
        {
            var random = new System.Random(20261201);
            var bodies = Enumerable.Range(0, 1200).Select(_ => Mutate(Seeds[random.Next(Seeds.Length)], random))
                .Concat(Enumerable.Range(0, 400).Select(_ => RandomObject(random, 2)))
                .Concat(Seeds)
                .ToList();
            var disagreements = new List<string>();
            var misjudged = new List<string>();
            var agent = _server.UserIds[1];
            foreach (var body in bodies)
            {
                var validation = CallPayloadValidator.Validate(Encoding.UTF8.GetBytes(body));
                misjudged.AddRange(validation.Diagnostics.Where(d => ModuleOnlyCodes.Contains(d.Code) && d.Level != DiagnosticSeverity.Warning)
                    .Select(d => body + " -> " + d));
                var serviceCodes = validation.Diagnostics.Where(d => d.Level == DiagnosticSeverity.Error && !ModuleOnlyCodes.Contains(d.Code)).Select(d => d.Code).ToList();
                (HttpStatusCode status, JsonElement answer, HttpResponseMessage _) = await _client.PostAsync("/api/v2/conversations/calls/user/" + agent, _token, body);
                var code = status == HttpStatusCode.OK ? null : answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("code", out var c) ? c.GetString() : "?";
                if (code != null && EmulatorOnlyCodes.Contains(code)) continue;
                var agrees = code == null ? serviceCodes.Count == 0 : serviceCodes.Contains(code);
                if (!agrees) disagreements.Add(body + " -> validator [" + string.Join(",", serviceCodes) + "], emulator " + ((int)status) + " " + code);
            }

            Assert.True(bodies.Count > 1400, "only " + bodies.Count + " bodies");
            Assert.Empty(misjudged);
            Assert.True(disagreements.Count == 0, disagreements.Count + " disagreements:\n" + string.Join("\n", disagreements.Take(40)));
        }

        [Fact]
        public void Module_only_codes_are_the_rules_of_our_judgement()
        {
            var judgement = PayloadRules.All.Where(r => r.Source == RuleSource.Judgement).Select(r => r.Code);
            Assert.Equal(judgement.OrderBy(c => c, StringComparer.Ordinal), ModuleOnlyCodes.OrderBy(c => c, StringComparer.Ordinal));
        }

        private static readonly string[] Names =
            CallPayloadFields.RootNames.Concat(CallPayloadFields.DestinationNames).Concat(new[] { "from", "to", "type" }).ToArray();

        private static readonly string[] Scalars =
            { "null", "true", "5", "-1", "1.5", "\"+15551234567\"", "\"3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e\"", "\"abc\"", "\"\"" };

        /// <summary>A JSON object biased toward CreateCallRequest's own names, so both readers reach their deeper rules.</summary>
        private static string RandomObject(System.Random random, int depth)
        {
            var properties = Enumerable.Range(0, random.Next(1, 4)).Select(_ => "\"" + Names[random.Next(Names.Length)] + "\":" + RandomValue(random, depth));
            return "{" + string.Join(",", properties) + "}";
        }

        private static string RandomValue(System.Random random, int depth)
        {
            if (depth == 0) return Scalars[random.Next(Scalars.Length)];
            return random.Next(4) switch
            {
                0 => RandomObject(random, depth - 1),
                1 => "[" + string.Join(",", Enumerable.Range(0, random.Next(0, 3)).Select(_ => RandomValue(random, depth - 1))) + "]",
                _ => Scalars[random.Next(Scalars.Length)],
            };
        }

        private static string Mutate(string seed, System.Random random)
        {
            var text = seed;
            for (var n = random.Next(1, 3); n > 0 && text.Length > 1; n--)
            {
                var at = random.Next(text.Length);
                var c = "\"{}[],:x1 5-".ToCharArray()[random.Next(12)];
                text = random.Next(3) switch
                {
                    0 => text.Remove(at, 1),
                    1 => text.Insert(at, c.ToString()),
                    _ => text.Remove(at, 1).Insert(at, c.ToString()),
                };
            }

            return text;
        }
    }
}
