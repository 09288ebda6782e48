using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using GenesysCalls.Core.Json;

namespace GenesysCalls.Core.Validation
{
    /// <summary>The walker's checks of a string value: ids, and numbers or addresses to dial (all our judgement, so warnings).</summary>
    internal sealed partial class PayloadWalker
    {
        /// <summary>The body is a CreateCallbackCommand: hints name New-OutboundCallback's parameters.</summary>
        private bool _callback;

        /// <summary>The fix for a non-string where a string belongs: the plain string it should be, from the value when it holds one.</summary>
        private static string PlainStringHint(string path, JsonElement value)
        {
            var name = Quote(FieldName(path));
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                case JsonValueKind.Array:
                    var strings = StringsIn(value);
                    var kind = value.ValueKind == JsonValueKind.Object ? "an object" : "a list";
                    if (strings.Count == 0) return FieldName(path) + " is one plain string, not " + kind + ".";
                    var fix = "Write " + name + ": " + Quote(strings[0]) + " (one plain string, not " + kind + ")";
                    return strings.Count == 1 ? fix + "." : fix + "; send one request per value.";
                default:
                    return "Put the value in double quotes: " + name + ": " + Quote(value.GetRawText()) + ".";
            }
        }

        /// <summary>A JSON string as typed ('+' stays '+'), for a hint people copy.</summary>
        private static string Quote(string text) => JsonSerializer.Serialize(text, GenesysJsonContext.Writer.String);

        /// <summary>The strings an object's members or an array's items hold, one level deep, in order.</summary>
        private static List<string> StringsIn(JsonElement value)
        {
            var items = value.ValueKind == JsonValueKind.Object ? value.EnumerateObject().Select(p => p.Value) : value.EnumerateArray();
            return items.Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!).ToList();
        }

        private void CheckString(string path, FieldKind kind, string text)
        {
            if (kind == FieldKind.Id) CheckId(path, text);
            else if (kind == FieldKind.DialString) CheckDialString(path, text);
        }

        private void CheckId(string path, string text)
        {
            if (Guid.TryParseExact(text, "D", out _)) return;
            Report(PayloadRules.NotAGuid, path, "'" + Shorten(text) + "' does not look like an id: " + FieldName(path) + " is normally a GUID.",
                "Use the id (like " + ExampleGuid + "), not a name or email. " + WhereToFindId(FieldName(path)));
        }

        /// <summary>Where the id is found, in the words of the cmdlet that sends this body (its own parameters complete ids by name).</summary>
        private string WhereToFindId(string field) => field.IndexOf("queue", StringComparison.OrdinalIgnoreCase) >= 0
            ? (_callback ? "Tab after New-OutboundCallback -QueueId" : "Tab after New-OutboundCall -CallQueueId or -FromQueueId")
                + " lists the org's queues by name and completes their ids."
            : field.IndexOf("user", StringComparison.OrdinalIgnoreCase) >= 0 || field.IndexOf("agent", StringComparison.OrdinalIgnoreCase) >= 0
                ? "Test-AgentPresence -Email <address> shows a user's id as UserId; Tab after "
                    + (_callback ? "New-OutboundCallback -PreferredAgentId" : "-CallUserId") + " completes ids by name."
                : "Genesys Cloud admin shows it.";

        /// <summary>phoneNumber, callerId and participants[].address alike: an address is dialed as it is, anything else as a number.</summary>
        private void CheckDialString(string path, string text)
        {
            if (text.Trim().Length == 0)
            {
                Report(PayloadRules.BlankNumber, path, "The " + FieldName(path) + " is blank.",
                    "Put the number or address to call in it, or leave the field out.");
                return;
            }

            if (PhoneNumberRules.IsAddress(text)) return;
            switch (PhoneNumberRules.Check(text, out var detail))
            {
                case PhoneVerdict.Undialable:
                    Report(PayloadRules.Undialable, path, "'" + Shorten(text) + "' does not look dialable: " + detail + ".",
                        "Use digits with an optional leading '+', for example +15551234567, or an address such as sip:alice@example.com.");
                    break;
                case PhoneVerdict.DialableButNotE164:
                    var suggestion = PhoneNumberRules.SuggestE164(text);
                    Report(PayloadRules.NotE164, path, "'" + Shorten(text)
                        + "' is not in E.164 form; it dials only if the site's number plan accepts it.",
                        suggestion != null ? "Write it as " + suggestion + "." : "Write it as + country code and number, for example +15551234567.");
                    break;
            }
        }
    }
}
