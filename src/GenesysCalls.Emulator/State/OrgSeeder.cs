using System.Text.Json;

namespace GenesysCalls.Emulator;

/// <summary>Builds an org from the options: the seed (file or object), defaults for what it leaves out, and generated agents.</summary>
internal static class OrgSeeder
{
    public static readonly string[] UserPermissions =
    {
        "conversation:call:add", "conversation:conference:add", "directory:user:view", "routing:queue:view",
        "telephony:otherStationAssociation:view", "presence:presenceDefinition:view",
        "conversation:communication:view", "conversation:communication:disconnect", "conversation:callback:create", "conversation:callback:edit",
    };

    public static readonly string[] ClientPermissions =
        UserPermissions.Append("conversation:agentlessCall:add").Concat(OutboundDefaults.ClientPermissions)
            .Append("analytics:conversationDetail:view").ToArray();

    private static readonly string[] PresenceCycle = { "Available", "OnQueue", "OnQueue", "Available", "Busy", "Away", "Offline", "OnQueue",
        "Available", "Break" };

    public static OrgState Build(EmulatorOptions options)
    {
        var seed = options.Seed ?? (options.SeedFile != null ? Load(options.SeedFile) : new SeedDocument());
        var org = new OrgState(
            seed.Organization?.Id ?? DeterministicIds.For("org"),
            seed.Organization?.Name ?? "Emulated Org",
            options.RateLimitPerMinute,
            TimeSpan.FromSeconds(options.TokenLifetimeSeconds));

        foreach (var queue in seed.Queues ?? new List<SeedQueue> { new() { Name = "Sales", CallingPartyNumber = "+15550100100" },
            new() { Name = "Support" } })
        {
            org.AddQueue(new EmQueue
            {
                Id = queue.Id ?? DeterministicIds.For("queue/" + queue.Name), Name = queue.Name,
                CallingPartyNumber = queue.CallingPartyNumber
            });
        }

        var users = seed.Users ?? new List<SeedUser> { new() { Name = "Ann Supervisor", Email = "ann.supervisor@example.com",
            StationName = "Ann's WebRTC phone" } };
        foreach (var user in users)
        {
            org.AddUser(ToUser(user));
        }

        for (var i = 0; i < options.Agents; i++)
        {
            org.AddUser(GeneratedAgent(i));
        }

        var clients = seed.Clients ?? new List<SeedClient>();
        if (clients.All(c => c.Id != options.ClientId))
        {
            clients.Add(new SeedClient { Id = options.ClientId, Secret = options.ClientSecret, Name = "Emulator service account" });
        }

        if (clients.All(c => c.Id != EmulatorOptions.DefaultCodeClientId))
        {
            clients.Add(new SeedClient { Id = EmulatorOptions.DefaultCodeClientId, Name = "Emulator sign-in (PKCE)", GrantType = "CODE" });
        }

        foreach (var client in clients)
        {
            org.AddClient(new EmClient
            {
                Id = client.Id,
                Secret = client.Secret,
                Name = client.Name,
                GrantType = client.GrantType.ToUpperInvariant(),
                Permissions = new HashSet<string>(client.Permissions ?? (IEnumerable<string>)ClientPermissions),
                Scopes = new HashSet<string>(client.Scopes ?? new List<string>()),
            });
        }

        OutboundSeeder.Seed(org.Outbound, seed, options, org.Queues.FirstOrDefault()?.Id);
        return org;
    }

    /// <summary>Agent i of a deterministic, realistic mix: mostly ready, some busy or away, every seventh without a station, a few
    /// inactive.</summary>
    private static EmUser GeneratedAgent(int i)
    {
        var number = (i + 1).ToString("D4");
        var presence = PresenceCycle[i % PresenceCycle.Length];
        var routing = presence switch
        {
            "OnQueue" => i % 3 == 0 ? "INTERACTING" : "IDLE",
            "Busy" => "COMMUNICATING",
            _ => "OFF_QUEUE",
        };
        return new EmUser
        {
            Id = DeterministicIds.For("agent/" + i),
            Name = "Agent " + number,
            Email = "agent" + number + "@example.com",
            State = i % 50 == 49 ? "inactive" : "active",
            Presence = presence,
            RoutingStatus = routing,
            Station = i % 7 == 3 ? null : new EmStation { Id = DeterministicIds.For("station/" + i), Name = "WebRTC " + number },
            Permissions = new HashSet<string>(UserPermissions),
        };
    }

    private static EmUser ToUser(SeedUser user)
    {
        var email = user.Email ?? user.Name.ToLowerInvariant().Replace(' ', '.') + "@example.com";
        var id = user.Id ?? DeterministicIds.For("user/" + email);
        return new EmUser
        {
            Id = id,
            Name = user.Name,
            Email = email,
            State = user.State,
            Presence = user.Presence,
            RoutingStatus = user.RoutingStatus,
            Station = user.StationName == null ? null : new EmStation { Id = DeterministicIds.For("station/" + id), Name = user.StationName },
            Permissions = new HashSet<string>(user.Permissions ?? (IEnumerable<string>)UserPermissions),
        };
    }

    private static SeedDocument Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<SeedDocument>(File.ReadAllText(path), JsonSerializerOptions.Web)
                ?? throw new ArgumentException("The seed file " + path + " is empty.");
        }
        catch (JsonException ex)
        {
            throw new ArgumentException("The seed file " + path + " is not valid: " + ex.Message, ex);
        }
    }
}
