using System.Diagnostics;
using System.Security;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Sessions;
using GenesysCalls.Emulator;

namespace GenesysCalls.Benchmarks;

/// <summary>An emulator in its own process (so this process's memory is the client's alone) and a connected core session.</summary>
internal sealed class Harness : IAsyncDisposable
{
    private readonly Process _process;

    private Harness(Process process, Uri baseUri, GenesysSession session)
    {
        _process = process;
        BaseUri = baseUri;
        Session = session;
        Admin = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true }) { BaseAddress = baseUri };
    }

    public Uri BaseUri { get; }
    public GenesysSession Session { get; }
    public HttpClient Admin { get; }

    public static async Task<Harness> StartAsync(int agents, int rateLimit, RetryPolicy? policy = null, params string[] emulatorArgs)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "GenesysCalls.Emulator.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "--port", "0", "--agents", agents.ToString(), "--rate-limit", rateLimit.ToString(), "--client-secret", "bench-secret" }.Concat(emulatorArgs)) info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync()) != null && !line.StartsWith("Listening on https://", StringComparison.Ordinal))
        {
        }

        if (line == null) throw new InvalidOperationException("The emulator exited before listening.");
        var baseUri = new Uri(line["Listening on ".Length..]);
        var secret = new SecureString();
        foreach (var c in "bench-secret") secret.AppendChar(c);
        var command = new OrgConnector(new CountingOutput(), new SessionRegistry());
        if (policy != null) command.RetryPolicy = policy;
        var session = await command.ConnectAsync(new ConnectRequest
        {
            Flow = AuthFlow.ClientCredentials, ClientId = EmulatorOptions.DefaultClientId, ClientSecret = secret, BaseUri = baseUri, SkipCertificateCheck = true,
        }, CancellationToken.None);
        return new Harness(process, baseUri, session);
    }

    public async Task<List<string>> UserIdsAsync()
    {
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var listing = await ConnectedOrg.Of(Session).Api.SendAsync(ApiRequest.Get($"/api/v2/users?pageSize=500&pageNumber={page}&state=any"), GenesysJsonContext.Default.UserEntityListing, NullApiLog.Instance, CancellationToken.None);
            var entities = listing.Value.Entities ?? new();
            ids.AddRange(entities.Select(u => u.Id!));
            if (entities.Count < 500) return ids;
        }
    }

    public async Task<System.Text.Json.JsonElement> AdminGetAsync(string path) =>
        System.Text.Json.JsonDocument.Parse(await Admin.GetStringAsync(path)).RootElement.Clone();

    public Task ClearLogAsync() => Admin.DeleteAsync("/emulator/requests");

    public Task SetFaultsAsync(string json) => Admin.PostAsync("/emulator/faults", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    public async ValueTask DisposeAsync()
    {
        Session.Dispose();
        Admin.Dispose();
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
    }
}

/// <summary>Counts what a command says without keeping it, so long runs measure the command, not the recorder.</summary>
internal sealed class CountingOutput : ICommandOutput
{
    private readonly object _gate = new();
    public long Objects;
    public Dictionary<string, long> Errors { get; } = new();
    public Action<object>? OnObject { get; set; }
    public Action<CommandError>? OnError { get; set; }

    public void WriteObject(object value) { Interlocked.Increment(ref Objects); OnObject?.Invoke(value); }
    public void WriteError(CommandError error) { lock (_gate) Errors[error.Problem.Name] = Errors.GetValueOrDefault(error.Problem.Name) + 1; OnError?.Invoke(error); }
    public bool ShouldProcess(string target, string action) => true;
    public void WriteProgress(ProgressUpdate progress) { }
    public void WriteVerbose(string message) { }
    public void WriteDebug(string message) { }
    public void WriteWarning(string message) { }
    public long ErrorCount { get { lock (_gate) return Errors.Values.Sum(); } }
}
