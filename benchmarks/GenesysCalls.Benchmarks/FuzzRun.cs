using System.Diagnostics;
using System.Text;
using GenesysCalls.Core.Validation;

namespace GenesysCalls.Benchmarks;

/// <summary>
/// N payloads (mutations of the seed payloads, and random JSON built from the definition's field names) through the
/// validator: counts exceptions (must be 0), checks each result is the same twice, and reports memory.
/// </summary>
internal static class FuzzRun
{
    private static readonly string[] Names = CallPayloadFields.RootNames.Concat(CallPayloadFields.DestinationNames).Concat(new[] { "from", "to", "type", "targets" }).ToArray();
    private static readonly char[] Alphabet = "{}[]\",:\\ x1+-.e\u0000\uD800\u00e9tnfalse".ToCharArray();

    public static void Run(int count)
    {
        var random = new Random(20261121);
        var exceptions = 0;
        var nondeterministic = 0;
        var bytes = 0L;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var payload = i % 2 == 0 ? Mutate(random) : Generate(random, 4);
            bytes += payload.Length;
            try
            {
                var first = Describe(CallPayloadValidator.Validate(payload));
                var asBytes = Encoding.UTF8.GetBytes(payload);
                CallPayloadValidator.Validate(asBytes);
                if (i % 100 == 0 && first != Describe(CallPayloadValidator.Validate(payload))) nondeterministic++;
            }
            catch (Exception ex)
            {
                exceptions++;
                if (exceptions <= 5) Console.WriteLine($"exception on case {i}: {ex.GetType().Name}: {ex.Message}\n{payload}");
            }
        }

        Console.WriteLine($"{count} cases ({bytes / 1048576.0:F1} MB of JSON) in {watch.Elapsed.TotalSeconds:F1} s: {exceptions} exceptions, {nondeterministic} nondeterministic results");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB, managed heap now: {GC.GetTotalMemory(true) / 1048576} MB");
    }

    private static string Describe(PayloadValidation v) => string.Join("|", v.Diagnostics.Select(d => d.Code + "@" + d.Path)) + "#" + v.Request?.ToJson();

    private static string Mutate(Random random)
    {
        var builder = new StringBuilder(ValidatorBenchmarks.SeedPayloads[random.Next(ValidatorBenchmarks.SeedPayloads.Length)]);
        for (var edits = random.Next(1, 4); edits > 0 && builder.Length > 0; edits--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(3))
            {
                case 0: builder.Remove(at, 1); break;
                case 1: builder.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
                default: builder[at] = Alphabet[random.Next(Alphabet.Length)]; break;
            }
        }

        return builder.ToString();
    }

    private static string Generate(Random random, int depth)
    {
        switch (depth == 0 ? random.Next(5) : random.Next(7))
        {
            case 0: return "null";
            case 1: return random.Next(2) == 0 ? "true" : "-3.5e2";
            case 2: return random.Next(-5, 6).ToString();
            case 3: return "\"+1555" + random.Next(1000000, 9999999) + "\"";
            case 4: return "\"3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e\"";
            case 5: return "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => Generate(random, depth - 1))) + "]";
            default: return "{" + string.Join(",", Enumerable.Range(0, random.Next(6)).Select(_ => "\"" + Names[random.Next(Names.Length)] + "\":" + Generate(random, depth - 1))) + "}";
        }
    }
}
