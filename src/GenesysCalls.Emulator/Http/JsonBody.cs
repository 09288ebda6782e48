using System.Text.Json;

namespace GenesysCalls.Emulator;

/// <summary>Reads a JSON request body the way the service does: JSON content type, size cap, well-formed.</summary>
internal static class JsonBody
{
    public const int MaxBytes = 1024 * 1024;

    public static async Task<(JsonDocument? Document, IResult? Error)> ReadAsync(HttpContext context)
    {
        var contentType = context.Request.ContentType ?? string.Empty;
        if (!contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, GenesysErrors.UnsupportedMediaType(context));
        }

        if (context.Request.ContentLength > MaxBytes)
        {
            return (null, GenesysErrors.TooLarge(context, MaxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes) return (null, GenesysErrors.TooLarge(context, MaxBytes));
        }

        try
        {
            return (JsonDocument.Parse(buffer.ToArray()), null);
        }
        catch (JsonException ex)
        {
            return (null, GenesysErrors.BadRequest(context, "The request could not be understood by the server due to malformed syntax. "
                + ex.Message));
        }
    }
}
