using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Security;
using GenesysCalls;
using GenesysCalls.Core.Auth;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Sessions;
using static IsolationProbe.Program;

namespace IsolationProbe;

/// <summary>What the cmdlets do, through the same core commands: only reached once the module's loader is registered.</summary>
internal static class CoreChecks
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Run(string moduleFolder, Uri baseUri, string clientId, string clientSecret, string agentId, Assembly runtimeJson, Assembly otherMsal)
    {
        // Import-Module's warm-up (ModuleLifetime.OnImport): the first job in memory on a pool thread, racing the first checks.
        FirstJobWarmUp.Start();

        // Offline validation: System.Text.Json 10, which .NET 8 lacks and .NET 10 has.
        var output = new ProbeOutput();
        new CallPayloadChecker(output).Process(PayloadInput.Json("{\"phoneNumber\":\"+15551234567\"}"));
        new CallPayloadChecker(output).Process(PayloadInput.Json("{\"from\":{\"phoneNumber\":\"+15551234567\"},\"to\":[{\"phoneNumber\":\"+15559876543\"}]}"));
        var reports = output.Objects.OfType<CallPayloadReport>().ToList();
        Check("Test-CallPayload's core validates", reports.Count == 2 && reports[0].IsValid && !reports[1].IsValid, string.Join("; ", output.Objects));
        // Ours loads privately only where the runtime's is older (PowerShell 7.4); otherwise the runtime's serves (7.6).
        var shipped = AssemblyName.GetAssemblyName(Path.Combine(moduleFolder, "Dependencies", "System.Text.Json.dll")).Version!;
        var ourJson = Loaded("System.Text.Json").Where(a => a != runtimeJson).ToList();
        if (runtimeJson.GetName().Version < shipped)
        {
            Check("our System.Text.Json loads privately", ourJson.Count == 1 && ourJson[0].GetName().Version == shipped && IsPrivate(ourJson[0]), Describe("System.Text.Json"));
        }
        else
        {
            Check("the runtime's System.Text.Json serves the core", ourJson.Count == 0, Describe("System.Text.Json"));
        }

        // Client-credentials sign-in: our MSAL 4.92 beside the other module's 4.61.3.
        var secret = new SecureString();
        foreach (var c in clientSecret) secret.AppendChar(c);
        GenesysSession session;
        try
        {
            session = new OrgConnector(output, SessionRegistry.Process).ConnectAsync(new ConnectRequest
            {
                Flow = AuthFlow.ClientCredentials, ClientId = clientId, ClientSecret = secret, BaseUri = baseUri, SkipCertificateCheck = true,
            }, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            Check("Connect-GenesysOrg's core signs in with client credentials", false, ex.GetType().Name + ": " + ex.Message);
            return;
        }

        Check("Connect-GenesysOrg's core signs in with client credentials", !string.IsNullOrEmpty(session.OrganizationName), "no organization name");
        var warmed = FirstJobWarmUp.Completion;
        Check("the import's warm-up runs sign-in, presence and a call in memory", warmed != null && warmed.Wait(TimeSpan.FromSeconds(30)) && warmed.Result,
            warmed == null ? "not started" : warmed.Status.ToString());
        var ourMsal = Loaded("Microsoft.Identity.Client").Where(a => a != otherMsal).ToList();
        Check("our MSAL loads privately", ourMsal.Count == 1 && ourMsal[0].GetName().Version!.ToString(2) == "4.92" && IsPrivate(ourMsal[0]), Describe("Microsoft.Identity.Client"));
        var byName = Type.GetType("Microsoft.Identity.Client.PublicClientApplication, Microsoft.Identity.Client");
        Check("the other module still gets its own MSAL by name", byName?.Assembly == otherMsal, byName == null ? "not found" : Where(byName.Assembly));

        var presence = new AgentPresenceChecker(output, session);
        presence.ProcessAsync(PresenceInput.ForUserId("00000000-0000-0000-0000-00000000dead"), CancellationToken.None).GetAwaiter().GetResult();
        presence.CompleteAsync(CancellationToken.None).GetAwaiter().GetResult();
        Check("Test-AgentPresence's core reads the org", output.Errors.Any(e => e.Problem.Name == "UserNotFound"),
            string.Join("; ", output.Errors.Select(e => e.Problem.Name + " " + e.Message)));

        var outbound = new OutboundCallPlacer(output, session);
        outbound.ProcessAsync(new OutboundCallRow { PhoneNumber = "+15559876543", OnBehalfOf = agentId }, CancellationToken.None).GetAwaiter().GetResult();
        outbound.CompleteAsync(CancellationToken.None).GetAwaiter().GetResult();
        Check("New-OutboundCall's core places a call on behalf of an agent", output.Objects.OfType<OutboundCall>().Any(c => c.ConversationId.Length == 36),
            string.Join("; ", output.Errors.Select(e => e.Problem.Name + " " + e.Message)));
    }

    private static bool IsPrivate(Assembly assembly) => AssemblyLoadContext.GetLoadContext(assembly)?.Name == "GenesysCalls";

    private sealed class ProbeOutput : ICommandOutput
    {
        public List<object> Objects { get; } = new();
        public List<CommandError> Errors { get; } = new();
        public void WriteObject(object value) { lock (Objects) Objects.Add(value); }
        public void WriteError(CommandError error) { lock (Errors) Errors.Add(error); }
        public bool ShouldProcess(string target, string action) => true;
        public void WriteProgress(ProgressUpdate progress) { }
        public void WriteVerbose(string message) { }
        public void WriteDebug(string message) { }
        public void WriteWarning(string message) { }
    }
}
