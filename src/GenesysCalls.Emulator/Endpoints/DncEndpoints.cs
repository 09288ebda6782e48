using System.Globalization;
using System.Text.Json;

namespace GenesysCalls.Emulator;

internal static class DncEndpoints
{
    private static readonly string[] Scopes = { "outbound" };

    public static void Map(WebApplication app, OutboundState state)
    {
        app.MapPost("/api/v2/outbound/dnclists/{dncListId}/phonenumbers", async (HttpContext c, string dncListId) =>
        {
            if (ApiAuthorization.Require(c, Scopes, "outbound:dnc:add") is { } denied) return denied;
            DateTimeOffset? expires = null;
            var expiration = c.Request.Query["expirationDateTime"].ToString();
            if (expiration.Length > 0)
            {
                if (!DateTimeOffset.TryParseExact(expiration, "yyyy-MM-ddTHH:mmZ", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal,
                    out var parsed))
                {
                    return GenesysErrors.Create(c, 400, "invalid.date.value", "The date was invalid.");
                }

                expires = parsed;
            }

            var (document, error) = await JsonBody.ReadAsync(c);
            if (error != null) return error;
            using (document)
            {
                var body = document!.RootElement;
                if (body.ValueKind != JsonValueKind.Array || body.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.String))
                {
                    return GenesysErrors.BadRequest(c, "The request body must be an array of phone-number strings.");
                }

                lock (state.Gate)
                {
                    var list = state.FindDncList(dncListId);
                    if (list == null) return GenesysErrors.NotFound(c, "dnc.list.not.found", "The DNC list could not be found.");
                    if (list.DncSourceType != "Internal")
                    {
                        return GenesysErrors.Create(c, 400, "dnc.source.operation.not.supported",
                            "An attempt was made to append numbers to a DNC list that is not of type Internal");
                    }

                    foreach (var number in body.EnumerateArray()) list.PhoneNumbers[number.GetString()!] = expires;
                }

                return Results.Ok();
            }
        });
    }
}
