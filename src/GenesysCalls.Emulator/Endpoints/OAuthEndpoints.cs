using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace GenesysCalls.Emulator;

/// <summary>The login host: RFC 8414 metadata, /oauth/token (client credentials, code + PKCE, rotating refresh), /oauth/authorize.</summary>
internal static class OAuthEndpoints
{
    public static void Map(WebApplication app, OrgState org)
    {
        app.MapGet("/.well-known/oauth-authorization-server", (HttpContext c) =>
        {
            var issuer = c.Request.Scheme + "://" + c.Request.Host;
            return Results.Json(new Dictionary<string, object?>
            {
                ["issuer"] = issuer,
                ["authorization_endpoint"] = issuer + "/oauth/authorize",
                ["token_endpoint"] = issuer + "/oauth/token",
                ["response_types_supported"] = new[] { "code" },
                ["response_modes_supported"] = new[] { "query" },
                ["grant_types_supported"] = new[] { "authorization_code", "client_credentials", "refresh_token",
                    "urn:ietf:params:oauth:grant-type:saml2-bearer" },
                ["code_challenge_methods_supported"] = new[] { "S256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_basic", "client_secret_post" },
                ["service_documentation"] = "https://developer.genesys.cloud/authorization",
            });
        });

        app.MapPost("/oauth/token", async (HttpContext c) =>
        {
            if (!c.Request.HasFormContentType) return OAuthError("invalid_request", "Content-Type must be application/x-www-form-urlencoded");
            var form = await c.Request.ReadFormAsync(c.RequestAborted);
            var (clientId, secret) = ClientCredentials(c, form);
            var client = clientId == null ? null : org.FindClient(clientId);
            return form["grant_type"].ToString() switch
            {
                "client_credentials" => ClientCredentialsGrant(org, client, secret),
                "authorization_code" => CodeGrant(org, client, secret, form),
                "refresh_token" => RefreshGrant(org, client, secret, form),
                _ => OAuthError("unsupported_grant_type", "grant type is not supported"),
            };
        });

        app.MapGet("/oauth/authorize", (HttpContext c) => Authorize(c, org));
    }

    private static IResult ClientCredentialsGrant(OrgState org, EmClient? client, string? secret)
    {
        if (client == null || client.GrantType != "CLIENT-CREDENTIALS" || client.Secret == null || !FixedTimeEquals(client.Secret, secret))
        {
            return InvalidClient();
        }

        return TokenResult(org, org.IssueToken(client, null));
    }

    private static IResult CodeGrant(OrgState org, EmClient? client, string? secret, IFormCollection form)
    {
        if (client == null || client.GrantType != "CODE" || (client.Secret != null && !FixedTimeEquals(client.Secret,
            secret))) return InvalidClient();
        var code = org.RedeemCode(form["code"].ToString());
        if (code == null || code.Client.Id != client.Id) return OAuthError("invalid_grant", "authorization code is invalid or expired");
        if (code.RedirectUri != form["redirect_uri"].ToString()) return OAuthError("invalid_grant", "redirect_uri does not match");
        if (code.CodeChallenge != null)
        {
            var verifier = form["code_verifier"].ToString();
            if (verifier.Length < 43 || verifier.Length > 128 || Challenge(verifier) != code.CodeChallenge) return OAuthError("invalid_grant",
                "PKCE verification failed");
        }
        else if (client.Secret == null)
        {
            return OAuthError("invalid_grant", "PKCE is required for this client");
        }

        return TokenResult(org, org.IssueToken(client, code.User));
    }

    private static IResult RefreshGrant(OrgState org, EmClient? client, string? secret, IFormCollection form)
    {
        if (client == null || (client.Secret != null && !FixedTimeEquals(client.Secret, secret))) return InvalidClient();
        var previous = org.RedeemRefreshToken(form["refresh_token"].ToString(), client);
        if (previous?.User == null) return OAuthError("invalid_grant", "refresh token is invalid or was already used");
        return TokenResult(org, org.IssueToken(client, previous.User));
    }

    private static IResult Authorize(HttpContext c, OrgState org)
    {
        var q = c.Request.Query;
        var client = org.FindClient(q["client_id"].ToString());
        var redirect = q["redirect_uri"].ToString();
        if (client == null || client.GrantType != "CODE") return Results.Content(Page("Unknown OAuth client",
            "<p>The client_id is not a code-grant client of this org.</p>"), "text/html", statusCode: 400);
        if (!Uri.TryCreate(redirect, UriKind.Absolute, out var redirectUri)
            || !redirectUri.IsLoopback) return Results.Content(Page("Redirect not allowed", "<p>redirect_uri must be a loopback address.</p>"),
                "text/html", statusCode: 400);

        var state = q["state"].ToString();
        if (q["response_type"] != "code") return RedirectWith(redirect, ("error", "unsupported_response_type"), ("state", state));
        var challenge = q["code_challenge"].ToString();
        if (challenge.Length > 0 && q["code_challenge_method"] != "S256") return RedirectWith(redirect, ("error", "invalid_request"),
            ("error_description", "code_challenge_method must be S256"), ("state", state));
        if (challenge.Length == 0 && client.Secret == null) return RedirectWith(redirect, ("error", "invalid_request"), ("error_description",
            "PKCE is required"), ("state", state));

        var hint = q["login_hint"].ToString();
        var user = hint.Length > 0 ? org.FindUserByEmail(hint.Split(':')[0]) : null;
        if (user == null)
        {
            var links = string.Join("", org.Users.Where(u => u.State == "active").Take(200).Select(u =>
                "<li><a href=\"" + WebUtility.HtmlEncode(c.Request.Path + c.Request.QueryString.Add("login_hint", u.Email).Value) + "\">"
                + WebUtility.HtmlEncode(u.Name) + " (" + WebUtility.HtmlEncode(u.Email) + ")</a></li>"));
            return Results.Content(Page("Sign in to " + WebUtility.HtmlEncode(org.Name), "<p>Emulated sign-in: choose a user.</p><ul>" + links
                + "</ul>"), "text/html");
        }

        var code = org.AddCode(client, user, redirect, challenge.Length > 0 ? challenge : null);
        return RedirectWith(redirect, ("code", code), ("state", state));
    }

    private static (string? Id, string? Secret) ClientCredentials(HttpContext c, IFormCollection form)
    {
        var header = c.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = Encoding.Latin1.GetString(Convert.FromBase64String(header.Substring(6).Trim()));
                var colon = pair.IndexOf(':');
                if (colon > 0) return (Uri.UnescapeDataString(pair[..colon]), Uri.UnescapeDataString(pair[(colon + 1)..]));
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }

        var id = form["client_id"].ToString();
        var secret = form["client_secret"].ToString();
        return (id.Length > 0 ? id : null, secret.Length > 0 ? secret : null);
    }

    private static IResult TokenResult(OrgState org, (EmToken Access, string? Refresh) issued)
    {
        var body = new Dictionary<string, object?>
        {
            ["access_token"] = issued.Access.Value,
            ["token_type"] = "bearer",
            ["expires_in"] = (int)org.TokenLifetime.TotalSeconds,
        };
        if (issued.Refresh != null) body["refresh_token"] = issued.Refresh;
        return Results.Json(body);
    }

    private static IResult InvalidClient() => OAuthError("invalid_client", "authentication failed", 401);

    private static IResult OAuthError(string error, string description, int status = 400) =>
        Results.Json(new Dictionary<string, string> { ["error"] = error, ["description"] = description, ["error_description"] = description },
            statusCode: status);

    private static IResult RedirectWith(string redirect, params (string Key, string Value)[] parameters)
    {
        var query = string.Join("&", parameters.Where(p => p.Value.Length > 0).Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
        return Results.Redirect(redirect + (redirect.Contains('?') ? "&" : "?") + query);
    }

    private static string Challenge(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool FixedTimeEquals(string expected, string? actual) =>
        actual != null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));

    private static string Page(string title, string body) =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>";
}
