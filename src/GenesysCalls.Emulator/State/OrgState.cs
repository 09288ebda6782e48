using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace GenesysCalls.Emulator;

/// <summary>Everything one emulated org knows. Each server has its own; nothing is static.</summary>
internal sealed class OrgState
{
    private readonly List<EmUser> _users = new();
    private readonly Dictionary<string, EmUser> _usersById = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<EmQueue> _queues = new();
    private readonly Dictionary<string, EmClient> _clients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EmToken> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EmToken> _refreshTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EmAuthorizationCode> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EmConversation> _conversations = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<EmConversation> _conversationOrder = new();

    public OrgState(string id, string name, int rateLimitPerMinute, TimeSpan tokenLifetime)
    {
        Id = id;
        Name = name;
        RateLimitPerMinute = rateLimitPerMinute;
        TokenLifetime = tokenLifetime;
    }

    public string Id { get; }
    public string Name { get; }
    public int RateLimitPerMinute { get; set; }
    public TimeSpan TokenLifetime { get; set; }
    public object Gate { get; } = new();

    /// <summary>Every call's timeline; reads compute the state at the current time.</summary>
    public CallBook Calls { get; } = new();

    /// <summary>Telephony failures injected through POST /emulator/call-failures.</summary>
    public CallFailures CallFailures { get; } = new();

    public IReadOnlyList<EmUser> Users => _users;
    public IReadOnlyList<EmQueue> Queues => _queues;
    public IEnumerable<EmConversation> Conversations => _conversationOrder;

    public void AddUser(EmUser user)
    {
        _users.Add(user);
        _usersById[user.Id] = user;
    }

    public void AddQueue(EmQueue queue) => _queues.Add(queue);

    public void AddClient(EmClient client) => _clients[client.Id] = client;

    public EmUser? FindUser(string id) => _usersById.TryGetValue(id, out var user) ? user : null;

    public EmUser? FindUserByEmail(string email) => _users.FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase));

    public EmQueue? FindQueue(string id) => _queues.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.OrdinalIgnoreCase));

    public EmClient? FindClient(string id) => _clients.TryGetValue(id, out var client) ? client : null;

    public (EmToken Access, string? Refresh) IssueToken(EmClient client, EmUser? user)
    {
        var token = new EmToken { Value = NewSecret(), Client = client, User = user, ExpiresAt = DateTimeOffset.UtcNow + TokenLifetime };
        _tokens[token.Value] = token;
        string? refresh = null;
        if (user != null)
        {
            refresh = NewSecret();
            _refreshTokens[refresh] = token;
        }

        return (token, refresh);
    }

    /// <summary>Refresh tokens rotate: the one used stops working.</summary>
    public EmToken? RedeemRefreshToken(string refreshToken, EmClient client) =>
        _refreshTokens.TryRemove(refreshToken, out var previous) && previous.Client.Id == client.Id ? previous : null;

    public EmToken? FindToken(string value) => _tokens.TryGetValue(value, out var token) ? token : null;

    public void ExpireAllTokens()
    {
        foreach (var token in _tokens.Values)
        {
            token.ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1);
        }
    }

    public string AddCode(EmClient client, EmUser user, string redirectUri, string? challenge)
    {
        var code = new EmAuthorizationCode
        {
            Code = NewSecret(), Client = client, User = user, RedirectUri = redirectUri, CodeChallenge = challenge,
            ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(5),
        };
        _codes[code.Code] = code;
        return code.Code;
    }

    /// <summary>A code works once.</summary>
    public EmAuthorizationCode? RedeemCode(string code) =>
        _codes.TryRemove(code, out var found) && found.ExpiresAt > DateTimeOffset.UtcNow ? found : null;

    public void AddConversation(EmConversation conversation)
    {
        _conversations[conversation.Id] = conversation;
        _conversationOrder.Enqueue(conversation);
    }

    public EmConversation? FindConversation(string id) => _conversations.TryGetValue(id, out var c) ? c : null;

    public int ConversationCount => _conversations.Count;

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
