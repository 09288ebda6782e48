using System.Globalization;

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

    /// <summary>--help: print <see cref="Usage"/> and exit 0 instead of serving.</summary>
    public bool ShowHelp { get; set; }

    public const string Usage = """
        Usage: GenesysCalls.Emulator [options]    (a Genesys Cloud org on 127.0.0.1; Ctrl+C stops it)
          --port N                    HTTPS port; 0 picks a free one (0)
          --http-port N               also serve plain HTTP on this port (off)
          --agents N                  generated agents (20)
          --seed FILE                 load the org from JSON
          --client-id ID              the client-credentials OAuth client id
          --client-secret S           its secret (emulator-secret)
          --rate-limit N              requests per minute per access token (300)
          --token-lifetime SECONDS    access token lifetime (86400)
          --call-speed N              divides every delay of a call's timeline (1)
          --heartbeat-seconds N       seconds between notification heartbeats (30)
          --channel-lifetime SECONDS  notification channel lifetime (86400)
          --dial-rate N               contacts a running campaign dials per second (5)
          --help                      print this and exit
        """;

    public static EmulatorOptions Parse(string[] args)
    {
        var options = new EmulatorOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException("Missing value after " + args[i] + ".");
            int NextInt() => int.TryParse(Next(), out var n) && n >= 0 ? n : throw new ArgumentException(args[i - 1] + " takes a whole number >= 0.");
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
                case "--client-secret": options.ClientSecret = Next(); break;
                case "--rate-limit": options.RateLimitPerMinute = Math.Max(1, NextInt()); break;
                case "--token-lifetime": options.TokenLifetimeSeconds = Math.Max(1, NextInt()); break;
                case "--call-speed": options.CallSpeed = NextPositive(); break;
                case "--heartbeat-seconds": options.HeartbeatSeconds = NextPositive(); break;
                case "--channel-lifetime": options.ChannelLifetimeSeconds = NextPositive(); break;
                case "--dial-rate": options.DialRatePerSecond = NextInt(); break;
                case "--help" or "-h" or "-?" or "/?": options.ShowHelp = true; break;
                default: throw new ArgumentException("Unknown option " + args[i] + "." + Environment.NewLine + Usage);
            }
        }

        return options;
    }
}
