using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GenesysCalls.Emulator;

/// <summary>One emulated Genesys Cloud org on loopback. Start as many as you like; they share nothing.</summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RequestLog _log;
    private readonly FaultInjector _faults;

    private EmulatorServer(WebApplication app, OrgState org, RequestLog log, FaultInjector faults, EmulatorOptions options,
        X509Certificate2 certificate)
    {
        _app = app;
        Org = org;
        _log = log;
        _faults = faults;
        Options = options;
        Certificate = certificate;
    }

    public EmulatorOptions Options { get; }

    public X509Certificate2 Certificate { get; }

    public Uri BaseUri { get; private set; } = null!;

    public Uri? HttpUri { get; private set; }

    public IReadOnlyList<LoggedRequest> Requests => _log.Snapshot();

    public int ConversationCount => Org.ConversationCount;

    internal OrgState Org { get; }

    public static async Task<EmulatorServer> StartAsync(EmulatorOptions options, CancellationToken cancellationToken = default)
    {
        var org = OrgSeeder.Build(options);
        org.Calls.Speed = options.CallSpeed;
        var log = new RequestLog();
        var faults = new FaultInjector();
        var limiter = new RateLimiter();
        var certificate = SelfSignedCertificate.Create();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorServer).Assembly.GetName().Name,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
            kestrel.Listen(IPAddress.Loopback, options.Port, listen => listen.UseHttps(certificate));
            if (options.HttpPort is { } httpPort) kestrel.Listen(IPAddress.Loopback, httpPort);
        });
        builder.Services.ConfigureHttpJsonOptions(json => EmulatorJson.Apply(json.SerializerOptions));

        var app = builder.Build();
        var notifications = new NotificationHub(org, options);
        app.Use((context, next) => RequestLog.Middleware(context, () => next(context), log));
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                await GenesysErrors.Create(context, 500, "internal.server.error",
                    "The server encountered an unexpected condition which prevented it from fulfilling the request.").ExecuteAsync(context);
            }
        });
        app.Use((context, next) => faults.Middleware(context, () => next(context)));
        app.Use((context, next) => ApiAuthorization.Middleware(context, () => next(context), org, limiter));
        app.UseWebSockets();

        OAuthEndpoints.Map(app, org);
        UserEndpoints.Map(app, org);
        PresenceEndpoints.Map(app);
        OrgEndpoints.Map(app, org);
        CallEndpoints.Map(app, org);
        ConversationEndpoints.Map(app, org);
        AnalyticsEndpoints.Map(app, org, new AnalyticsStore(options.AnalyticsLagSeconds, options.CallSpeed) { MaxIds = options.AnalyticsMaxIds });
        CallbackEndpoints.Map(app, org);
        OutboundEndpoints.Map(app, org);
        AdminEndpoints.Map(app, org, log, faults);
        CallAdminEndpoints.Map(app, org);
        NotificationEndpoints.Map(app, notifications);
        TopicCatalogEndpoints.Map(app);
        NotificationAdminEndpoints.Map(app, notifications);
        app.MapFallback((HttpContext c) => GenesysErrors.NotFound(c));

        app.Lifetime.ApplicationStopping.Register(org.Calls.Dispose);
        app.Lifetime.ApplicationStopping.Register(notifications.Dispose);
        await app.StartAsync(cancellationToken);
        var server = new EmulatorServer(app, org, log, faults, options, certificate);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a =>
            new Uri(a)).ToList();
        server.BaseUri = Loopback(addresses.First(a => a.Scheme == "https"));
        server.HttpUri = addresses.Where(a => a.Scheme == "http").Select(Loopback).FirstOrDefault();
        return server;
    }

    public void ClearRequests() => _log.Clear();

    public void SetFaults(FaultSettings settings) => _faults.Set(settings);

    public void ExpireTokens() => Org.ExpireAllTokens();

    /// <summary>The ids of the org's users, in listing order.</summary>
    public IReadOnlyList<string> UserIds => Org.Users.Select(u => u.Id).ToList();

    public async Task StopAsync()
    {
        await _app.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Certificate.Dispose();
    }

    private static Uri Loopback(Uri address) => new UriBuilder(address) { Host = "127.0.0.1", Path = "" }.Uri;
}
