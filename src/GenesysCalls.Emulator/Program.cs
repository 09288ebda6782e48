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

        await using var server = await EmulatorServer.StartAsync(options);
        Console.WriteLine("Listening on " + server.BaseUri.ToString().TrimEnd('/'));
        if (server.HttpUri != null) Console.WriteLine("Listening on " + server.HttpUri.ToString().TrimEnd('/'));
        Console.WriteLine($"Org '{server.Org.Name}' with {server.Org.Users.Count} users; client id {options.ClientId}. Ctrl+C stops.");

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
}
