using System;
using System.Collections.Generic;
using System.Text.Json;

namespace GenesysCalls.Core.Validation
{
    /// <summary>One walk over a parsed body: every property judged against CreateCallRequest and Destination, the typed request filled in.</summary>
    internal sealed partial class PayloadWalker
    {
        public List<Diagnostic> Diagnostics { get; } = new List<Diagnostic>();

        public CreateCallRequest? ReadRoot(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error(DiagnosticCodes.InvalidValue, string.Empty,
                    "The body must be a JSON object (CreateCallRequest), not " + Describe(root.ValueKind) + ".",
                    "Send an object such as {\"phoneNumber\":\"+15551234567\"}.");
                return null;
            }

            var request = new CreateCallRequest();
            var destinations = new List<string>();
            var queueOnly = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                var name = property.Name;
                var repeated = !seen.Add(name);
                if (repeated)
                {
                    Warning(DiagnosticCodes.DuplicateProperty, name,
                        "The property " + name + " appears more than once; which value the service would use is not defined.",
                        "Keep one " + name + ".");
                }

                if (!CallPayloadFields.Root.TryGetValue(name, out var spec))
                {
                    Error(DiagnosticCodes.InvalidProperty, name,
                        "Value [" + name + "] is not a valid property for object [CreateCallRequest].",
                        KnownMistakes.ForRoot(name) ?? "Valid properties: " + string.Join(", ", CallPayloadFields.RootNames) + ".");
                    request.UnrecognizedProperties = Keep(request.UnrecognizedProperties, name, property.Value);
                    continue;
                }

                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                if (spec.IsDestination && IsPresent(property.Value) && !destinations.Contains(name)) destinations.Add(name);
                if (spec.QueueOnly && !queueOnly.Contains(name)) queueOnly.Add(name);
                if (!ReadRootField(request, name, spec, property.Value))
                {
                    request.UnrecognizedProperties = Keep(request.UnrecognizedProperties, name, property.Value);
                }
            }

            CheckDestinationCount(destinations);
            if (queueOnly.Count > 0 && request.CallQueueId == null)
            {
                Warning(DiagnosticCodes.QueueFieldsIgnored, queueOnly[0],
                    string.Join(", ", queueOnly) + (queueOnly.Count == 1 ? " only applies" : " only apply")
                        + " when calling a queue, and there is no callQueueId.",
                    "Add callQueueId, or remove " + string.Join(", ", queueOnly) + ".");
            }

            return request;
        }

        private void CheckDestinationCount(List<string> destinations)
        {
            if (destinations.Count == 0)
            {
                Error(DiagnosticCodes.MissingDestination, string.Empty,
                    "At least one destination should be supplied in a create conversation request.",
                    "Set exactly one of " + CallPayloadFields.DestinationList + ".");
            }
            else if (destinations.Count > 1)
            {
                Error(DiagnosticCodes.TooManyDestinations, destinations[1],
                    "Only a single destination can be supplied in a create conversation request; this body has " + string.Join(", ", destinations)
                        + ".",
                    "Keep one of them and send one request per destination (participants[] is how several people join one call).");
            }
        }

        private bool ReadRootField(CreateCallRequest request, string name, FieldSpec spec, JsonElement value)
        {
            switch (spec.Kind)
            {
                case FieldKind.Int32:
                    if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
                    {
                        return TypeError(name, value, "integer", "Use a whole number, for example \"priority\": 5.");
                    }

                    request.Priority = number;
                    return true;
                case FieldKind.StringMap:
                    return ReadAttributes(request, name, value);
                case FieldKind.IdArray:
                case FieldKind.TextArray:
                    return ReadStringArray(request, name, spec, value);
                case FieldKind.Participants:
                    return ReadParticipants(request, name, value);
                default:
                    if (value.ValueKind != JsonValueKind.String)
                    {
                        return TypeError(name, value, "string", "Put the value in double quotes.");
                    }

                    var text = value.GetString()!;
                    CheckString(name, spec.Kind, text);
                    AssignRootString(request, name, text);
                    return true;
            }
        }

        private bool ReadAttributes(CreateCallRequest request, string name, JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                return TypeError(name, value, "object of strings", "Use an object such as {\"account\":\"12345\"}.");
            }

            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            var ok = true;
            foreach (var entry in value.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.String)
                {
                    ok = TypeError(name + "." + entry.Name, entry.Value, "string", "Attribute values must be strings: quote numbers and booleans.");
                    continue;
                }

                map[entry.Name] = entry.Value.GetString()!;
            }

            if (ok) request.Attributes = map;
            return ok;
        }

        private bool ReadStringArray(CreateCallRequest request, string name, FieldSpec spec, JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                return TypeError(name, value, "array of strings", "Use an array such as [\"" + ExampleGuid + "\"].");
            }

            var list = new List<string>();
            var ok = true;
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                var path = name + "[" + index++ + "]";
                if (item.ValueKind != JsonValueKind.String)
                {
                    ok = TypeError(path, item, "string", "Every item must be a quoted id.");
                    continue;
                }

                var text = item.GetString()!;
                if (spec.Kind == FieldKind.IdArray) CheckString(path, FieldKind.Id, text);
                list.Add(text);
            }

            if (!ok) return false;
            if (name == "routingSkillsIds") request.RoutingSkillsIds = list;
            else request.ConversationIds = list;
            return true;
        }

        private void CheckString(string path, FieldKind kind, string text)
        {
            if (kind == FieldKind.Id)
            {
                if (!Guid.TryParseExact(text, "D", out _))
                {
                    Error(DiagnosticCodes.NotAGuid, path, "'" + Shorten(text) + "' is not an id: " + FieldName(path) + " takes a GUID.",
                        "Use the id (like " + ExampleGuid + "), not a name or email; Get-GenesysSession and Test-AgentPresence show ids.");
                }
            }
            else if (kind == FieldKind.Phone)
            {
                switch (PhoneNumberRules.Check(text, out var detail))
                {
                    case PhoneVerdict.Undialable:
                        Error(DiagnosticCodes.UndialableNumber, path, "'" + Shorten(text) + "' cannot be dialed: " + detail + ".",
                            "Use digits with an optional leading '+', for example +15551234567.");
                        break;
                    case PhoneVerdict.DialableButNotE164:
                        var suggestion = PhoneNumberRules.SuggestE164(text);
                        Warning(DiagnosticCodes.NotE164, path, "'" + Shorten(text)
                            + "' is not in E.164 form; it dials only if the site's number plan accepts it.",
                            suggestion != null ? "Write it as " + suggestion + "."
                                : "Write it as + country code and number, for example +15551234567.");
                        break;
                }
            }
        }

        private static void AssignRootString(CreateCallRequest request, string name, string text)
        {
            switch (name)
            {
                case "phoneNumber": request.PhoneNumber = text; break;
                case "callerId": request.CallerId = text; break;
                case "callerIdName": request.CallerIdName = text; break;
                case "callFromQueueId": request.CallFromQueueId = text; break;
                case "callQueueId": request.CallQueueId = text; break;
                case "callUserId": request.CallUserId = text; break;
                case "languageId": request.LanguageId = text; break;
                case "routingSkillExpression": request.RoutingSkillExpression = text; break;
                case "uuiData": request.UuiData = text; break;
                case "externalContactId": request.ExternalContactId = text; break;
                case "label": request.Label = text; break;
                default: throw new InvalidOperationException("No typed field for " + name);
            }
        }

        private bool TypeError(string path, JsonElement value, string expected, string hint)
        {
            Error(DiagnosticCodes.InvalidValue, path,
                "Value [" + Shorten(value.GetRawText()) + "] is not valid for field type [" + expected + "] of '" + FieldName(path) + "'.", hint);
            return false;
        }

        private void Error(string code, string path, string message, string? hint) =>
            Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, code, path, message, hint));

        private void Warning(string code, string path, string message, string? hint) =>
            Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, code, path, message, hint));

        private static Dictionary<string, JsonElement> Keep(Dictionary<string, JsonElement>? bag, string name, JsonElement value)
        {
            bag ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            bag[name] = value.Clone();
            return bag;
        }

        private static bool IsPresent(JsonElement value) =>
            value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > 0;

        private static string FieldName(string path)
        {
            var dot = path.LastIndexOf('.');
            var name = dot >= 0 ? path.Substring(dot + 1) : path;
            var bracket = name.IndexOf('[');
            return bracket >= 0 ? name.Substring(0, bracket) : name;
        }

        private static string Describe(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        };

        private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";

        private const string ExampleGuid = "3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e";
    }
}
