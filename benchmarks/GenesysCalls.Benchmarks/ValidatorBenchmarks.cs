using BenchmarkDotNet.Attributes;
using GenesysCalls.Core.Validation;

namespace GenesysCalls.Benchmarks;

/// <summary>The core validator on the payloads people actually send (target: 200,000 validations per second on one core).</summary>
[MemoryDiagnoser]
public class ValidatorBenchmarks
{
    public static readonly string[] SeedPayloads =
    {
        "{\"phoneNumber\":\"+15559876543\",\"callerId\":\"+15550100100\",\"callerIdName\":\"Support\"}",
        "{\"from\":{\"phoneNumber\":\"+15551234567\"},\"to\":[{\"phoneNumber\":\"+15559876543\"}],\"type\":\"agent\"}",
        "{\"callQueueId\":\"9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d\",\"priority\":5,\"routingSkillsIds\":[\"3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e\"],\"attributes\":{\"account\":\"12345\"}}",
        "{\"participants\":[{\"address\":\"+15551234567\"},{\"userId\":\"3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e\"}]}",
    };

    [Params(0, 1, 2, 3)]
    public int Payload { get; set; }

    private string _json = "";

    [GlobalSetup]
    public void Setup() => _json = SeedPayloads[Payload];

    [Benchmark]
    public int Validate() => CallPayloadValidator.Validate(_json).Diagnostics.Count;
}
