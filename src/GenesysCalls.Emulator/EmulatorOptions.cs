using System.Globalization;
using System.Security.Cryptography;

namespace GenesysCalls.Emulator;

/// <summary>How an emulated org starts: listeners, seed, credentials, limits.</summary>
public sealed class EmulatorOptions
{
    public const string DefaultClientId = "11111111-2222-3333-4444-555555555555";
    public const string DefaultClientSecret = "emulator-secret";
    public const string DefaultCodeClientId = "99999999-8888-7777-6666-555555555555";

    /// <summary>HTTPS port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Plain HTTP port on 127.0.0.1 as well, when set (0 picks a free one).</summary>
    public int? HttpPort { get; set; }

    public string? SeedFile { get; set; }

    /// <summary>A seed given in-process (tests); wins over SeedFile.</summary>
    public SeedDocument? Seed { get; set; }

    /// <summary>Generated agents added to the seed.</summary>
    public int Agents { get; set; } = 20;

    public string ClientId { get; set; } = DefaultClientId;

    public string ClientSecret { get; set; } = DefaultClientSecret;

    /// <summary>Set by --help: print <see cref="Usage"/> and start nothing.</summary>
    public bool ShowHelp { get; private set; }

    /// <summary>Requests per minute per access token.</summary>
    public int RateLimitPerMinute { get; set; } = 300;

    public int TokenLifetimeSeconds { get; set; } = 86400;

    /// <summary>Every delay of a call's timeline is divided by this (tests use 100 or more).</summary>
    public double CallSpeed { get; set; } = 1;

    /// <summary>Seconds between `channel.metadata` heartbeats on each notification WebSocket.</summary>
    public double HeartbeatSeconds { get; set; } = 30;

    /// <summary>How long a notification channel lives; re-subscribing extends it.</summary>
    public double ChannelLifetimeSeconds { get; set; } = 86400;

    /// <summary>Contacts a running campaign dials per second.</summary>
    public double DialRatePerSecond { get; set; } = OutboundDefaults.DialRatePerSecond;

    /// <summary>Seconds after a call ends before the analytics store has it (divided by the call speed); negative: never.</summary>
    public double AnalyticsLagSeconds { get; set; } = 2;

    /// <summary>Ids one analytics request may carry before 400 response.entity.too.large (the real limit is not published).</summary>
    public int AnalyticsMaxIds { get; set; } = 100;

    public static EmulatorOptions Parse(string[] args)
    {
        var options = new EmulatorOptions();
        // From the command line a secret nobody chose is made up, so a started emulator never answers to a known one.
        var secretGiven = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException("Missing value after " + args[i] + ".");
            int NextInt() =>
                int.TryParse(Next(), out var n) && n >= 0 ? n : throw new ArgumentException(args[i - 1] + " takes a whole number >= 0.");
            double NextPositive() =>
                double.TryParse(Next(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d > 0
                    ? d
                    : throw new ArgumentException(args[i - 1] + " takes a number > 0.");
            switch (args[i].ToLowerInvariant())
            {
                case "--port": options.Port = NextInt(); break;
                case "--http-port": options.HttpPort = NextInt(); break;
                case "--seed": options.SeedFile = Next(); break;
                case "--agents": options.Agents = NextInt(); break;
                case "--client-id": options.ClientId = Next(); break;
                case "--client-secret": options.ClientSecret = Next(); secretGiven = true; break;
                case "--help" or "-h" or "-?" or "/?": options.ShowHelp = true; return options;
                case "--rate-limit": options.RateLimitPerMinute = Math.Max(1, NextInt()); break;
                case "--token-lifetime": options.TokenLifetimeSeconds = Math.Max(1, NextInt()); break;
                case "--call-speed": options.CallSpeed = NextPositive(); break;
                case "--heartbeat-seconds": options.HeartbeatSeconds = NextPositive(); break;
                case "--channel-lifetime": options.ChannelLifetimeSeconds = NextPositive(); break;
                case "--dial-rate": options.DialRatePerSecond = NextInt(); break;
                case "--analytics-lag":
                    options.AnalyticsLagSeconds = double.TryParse(Next(), NumberStyles.Float, CultureInfo.InvariantCulture,
                    out var lag) ? lag : throw new ArgumentException("--analytics-lag takes a number of seconds (negative: never)."); break;
                default:
                    throw new ArgumentException("Unknown option " + args[i] + ". Options: --port N --http-port N --seed FILE --agents N"
                        + " --client-id ID --client-secret S --rate-limit N --token-lifetime SECONDS"
                        + " --call-speed N --heartbeat-seconds N --channel-lifetime SECONDS --dial-rate N --analytics-lag SECONDS"
                        + " (--help explains each)");
            }
        }

        if (!secretGiven) options.ClientSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        return options;
    }

    /// <summary>What --help prints.</summary>
    public const string Usage = """
        Usage: genesys-emulator [options]
        A local Genesys Cloud org over HTTPS on 127.0.0.1, to dry-run scripts against (it dials nobody).

          --port N                  HTTPS port; 0 picks a free one (0)
          --http-port N             Also serve plain HTTP on this port (off)
          --agents N                Generated agents (20)
          --seed FILE               Load the org from a JSON seed file
          --client-id ID            The client-credentials OAuth client (11111111-2222-3333-4444-555555555555)
          --client-secret S         Its secret (made up at start when not given; printed in the Connect-GenesysOrg line)
          --rate-limit N            Requests per minute per access token (300)
          --token-lifetime SECONDS  Access token lifetime (86400)
          --call-speed N            Divides every delay of a call's timeline by N (1)
          --heartbeat-seconds N     Seconds between notification heartbeats (30)
          --channel-lifetime SECONDS  Notification channel lifetime (86400)
          --dial-rate N             Contacts a running campaign dials per second (5; 0: none)
          --analytics-lag SECONDS   Delay before an ended call is in the analytics store, scaled by --call-speed (negative: never)
          --help                    This text

        It prints "Listening on https://127.0.0.1:PORT", then the Connect-GenesysOrg line to paste, and stops on Ctrl+C.
        """;
}
