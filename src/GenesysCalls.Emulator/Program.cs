namespace GenesysCalls.Emulator;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        EmulatorOptions options;
        try
        {
            options = EmulatorOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        if (options.ShowHelp)
        {
            Console.WriteLine(EmulatorOptions.Usage);
            return 0;
        }

        // Signals first: a SIGTERM that arrives while the lines below are printed still stops the server.
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM,
            context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        EmulatorServer server;
        try
        {
            server = await EmulatorServer.StartAsync(options);
        }
        catch (IOException ex)
        {
            // Kestrel's "address already in use", said once and plainly, as a bad option is (not a crash with a stack trace).
            Console.Error.WriteLine("Cannot listen on 127.0.0.1 (--port " + options.Port + (options.HttpPort is { } http ? ", --http-port " + http
                : string.Empty) + "): " + (ex.InnerException?.Message ?? ex.Message) + " Pick another port, or --port 0 for a free one.");
            return 2;
        }

        await using var started = server;
        Console.WriteLine("Listening on " + server.BaseUri.ToString().TrimEnd('/'));
        if (server.HttpUri != null) Console.WriteLine("Listening on " + server.HttpUri.ToString().TrimEnd('/'));
        Console.WriteLine($"Org '{server.Org.Name}' with {server.Org.Users.Count} users. Sign in from PowerShell with:");
        Console.WriteLine(ConnectLine(server.BaseUri, options));
        Console.WriteLine("Ctrl+C stops.");

        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }

        await server.StopAsync();
        return 0;
    }

    /// <summary>The one place the secret is shown: a line to paste, single-quoted as PowerShell reads it.</summary>
    internal static string ConnectLine(Uri baseUri, EmulatorOptions options) =>
        "Connect-GenesysOrg -BaseUri " + baseUri.ToString().TrimEnd('/') + " -ClientId " + options.ClientId
        + " -ClientSecret (ConvertTo-SecureString '" + options.ClientSecret.Replace("'", "''") + "' -AsPlainText -Force) -SkipCertificateCheck";
}
