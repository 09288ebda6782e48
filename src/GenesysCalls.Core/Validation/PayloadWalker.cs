using System;
using System.Collections.Generic;
using System.Text.Json;

namespace GenesysCalls.Core.Validation
{
    /// <summary>One walk over a parsed body: every property judged by the field table's rules, the typed request filled in.</summary>
    internal sealed partial class PayloadWalker
    {
        private readonly List<Diagnostic> _untyped = new List<Diagnostic>();

        public List<Diagnostic> Diagnostics { get; } = new List<Diagnostic>();

        public CreateCallRequest? ReadRoot(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Report(PayloadRules.WrongType, string.Empty,
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
                if (!seen.Add(name))
                {
                    Report(PayloadRules.DuplicateProperty, name,
                        "The property " + name + " appears more than once; which value the service would use is not defined.",
                        "Keep one " + name + ".");
                }

                if (!CallPayloadFields.RootByName.TryGetValue(name, out var field))
                {
                    Report(PayloadRules.UnknownProperty, name,
                        "Value [" + name + "] is not a valid property for object [CreateCallRequest].",
                        KnownMistakes.ForRoot(name) ?? "Valid properties: " + string.Join(", ", CallPayloadFields.RootNames) + ".");
                    continue;
                }

                if (property.Value.ValueKind == JsonValueKind.Null) continue;
                if (field.IsDestination && IsPresent(property.Value) && !destinations.Contains(name)) destinations.Add(name);
                if (field.QueueOnly && !queueOnly.Contains(name)) queueOnly.Add(name);
                if (ReadValue(name, field.Kind, property.Value) is { } value) field.Set(request, value);
            }

            CheckDestinationCount(destinations);
            if (queueOnly.Count > 0 && request.CallQueueId == null)
            {
                Report(PayloadRules.QueueFieldsIgnored, queueOnly[0],
                    string.Join(", ", queueOnly) + (queueOnly.Count == 1 ? " only applies" : " only apply")
                        + " when calling a queue, and there is no callQueueId.",
                    "Add callQueueId, or remove " + string.Join(", ", queueOnly) + ".");
            }

            request.UntypedFindings = _untyped.ToArray();
            return request;
        }

        private void CheckDestinationCount(List<string> destinations)
        {
            if (destinations.Count == 0)
            {
                Report(PayloadRules.MissingDestination, string.Empty,
                    "At least one destination should be supplied in a create conversation request.",
                    "Set exactly one of " + CallPayloadFields.DestinationList + ".");
            }
            else if (destinations.Count > 1)
            {
                Report(PayloadRules.TooManyDestinations, destinations[1],
                    "Only a single destination can be supplied in a create conversation request; this body has " + string.Join(", ", destinations)
                        + ".",
                    "Keep one of them and send one request per destination (participants[] is how several people join one call).");
            }
        }

        /// <summary>The typed value (string, int, Dictionary, List), or null when it has the wrong JSON type.</summary>
        private object? ReadValue(string path, FieldKind kind, JsonElement value)
        {
            switch (kind)
            {
                case FieldKind.Int32:
                    if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)) return number;
                    return TypeError(path, value, "integer", "Use a whole number, for example \"priority\": 5.");
                case FieldKind.StringMap:
                    return ReadStringMap(path, value);
                case FieldKind.IdArray:
                    return ReadIdArray(path, value);
                case FieldKind.Participants:
                    return ReadParticipants(path, value);
                default:
                    if (value.ValueKind != JsonValueKind.String) return TypeError(path, value, "string", PlainStringHint(path, value));
                    var text = value.GetString()!;
                    CheckString(path, kind, text);
                    return text;
            }
        }

        private Dictionary<string, string>? ReadStringMap(string path, JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                TypeError(path, value, "object of strings", "Use an object such as {\"account\":\"12345\"}.");
                return null;
            }

            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            var ok = true;
            foreach (var entry in value.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.String)
                {
                    map[entry.Name] = entry.Value.GetString()!;
                    continue;
                }

                TypeError(path + "." + entry.Name, entry.Value, "string", "Attribute values must be strings: quote numbers and booleans.");
                ok = false;
            }

            return ok ? map : null;
        }

        private List<string>? ReadIdArray(string path, JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                TypeError(path, value, "array of strings", "Use an array such as [\"" + ExampleGuid + "\"].");
                return null;
            }

            var list = new List<string>();
            var ok = true;
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                var itemPath = path + "[" + index++ + "]";
                if (item.ValueKind != JsonValueKind.String)
                {
                    TypeError(itemPath, item, "string", "Every item must be a quoted id.");
                    ok = false;
                    continue;
                }

                var text = item.GetString()!;
                CheckString(itemPath, FieldKind.Id, text);
                list.Add(text);
            }

            return ok ? list : null;
        }

        /// <summary>Reports the wrong JSON type; returns null, the value a field of the wrong type is read as.</summary>
        private object? TypeError(string path, JsonElement value, string expected, string hint)
        {
            Report(PayloadRules.WrongType, path,
                "Value [" + Shorten(value.GetRawText()) + "] is not valid for field type [" + expected + "] of '" + FieldName(path) + "'.", hint);
            return null;
        }

        private void Report(PayloadRule rule, string path, string message, string? hint)
        {
            var diagnostic = new Diagnostic(rule.Severity, rule.Code, path, message, hint);
            Diagnostics.Add(diagnostic);
            if (rule == PayloadRules.UnknownProperty || rule == PayloadRules.WrongType || rule == PayloadRules.DuplicateProperty)
            {
                _untyped.Add(diagnostic);
            }
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
