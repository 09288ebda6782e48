using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using GenesysCalls.Core.Calls;

namespace GenesysCalls.Core.Validation
{
    /// <summary>The same walk over a CreateCallbackCommand: its field table, its rules (CallbackPayloadRules), the same string checks.</summary>
    internal sealed partial class PayloadWalker
    {
        public CreateCallbackCommand? ReadCallback(JsonElement root)
        {
            _callback = true;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Report(PayloadRules.WrongType, string.Empty,
                    "The body must be a JSON object (CreateCallbackCommand), not " + Describe(root.ValueKind) + ".",
                    "Send an object such as {\"callbackNumbers\":[\"+15551234567\"],\"queueId\":\"" + ExampleGuid + "\"}.");
                return null;
            }

            var request = new CreateCallbackCommand();
            var wrongType = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in Properties(root))
            {
                if (!CallbackPayloadFields.RootByName.TryGetValue(property.Name, out var field))
                {
                    Report(PayloadRules.UnknownProperty, property.Name,
                        "Value [" + property.Name + "] is not a valid property for object [CreateCallbackCommand].",
                        CallbackPayloadRules.HintForRoot(property.Name)
                            ?? "Valid properties: " + string.Join(", ", CallbackPayloadFields.RootNames) + ".");
                    continue;
                }

                if (property.Value.ValueKind == JsonValueKind.Null) continue;
                if (ReadCallbackValue(property.Name, field.Kind, property.Value) is { } value) field.Set(request, value);
                else wrongType.Add(property.Name);
            }

            CheckCallback(request, wrongType);
            request.UntypedFindings = _untyped.ToArray();
            return request;
        }

        /// <summary>The rules across fields; a field already reported for its type is not reported missing too.</summary>
        private void CheckCallback(CreateCallbackCommand request, ICollection<string> wrongType)
        {
            if (request.CallbackNumbers is not { Count: > 0 } && !wrongType.Contains("callbackNumbers"))
            {
                Report(CallbackPayloadRules.MissingNumbers, "callbackNumbers",
                    "Callback numbers missing: callbackNumbers is required and needs a number.",
                    "Add \"callbackNumbers\": [\"+15551234567\"] (New-OutboundCallback -PhoneNumber).");
            }

            if (request.QueueId == null && request.RoutingData?.QueueId == null && !wrongType.Contains("queueId")
                && !wrongType.Contains("routingData"))
            {
                Report(CallbackPayloadRules.MissingQueue, "queueId", "Callback missing queue ID: give queueId, or routingData with its queueId.",
                    "Add \"queueId\": \"<queue id>\" (New-OutboundCallback -QueueId; Tab completes queues by name).");
            }
            else if (request.QueueId != null && request.RoutingData?.QueueId != null)
            {
                Report(CallbackPayloadRules.QueueTwice, "routingData.queueId",
                    "Both queueId and routingData.queueId are given; the definition asks for one or the other.",
                    "Keep routingData.queueId when routingData is needed (preferred agents, skills), else keep queueId only.");
            }

            if (request.CustomerFirstCallbackDeliveryMode is { } mode && !CallbackPayloadFields.DeliveryModes.Contains(mode))
            {
                Report(PayloadRules.WrongType, "customerFirstCallbackDeliveryMode", "Value [" + Shorten(mode)
                    + "] is not valid for 'customerFirstCallbackDeliveryMode'. Allowable values are: " + string.Join(", ",
                        CallbackPayloadFields.DeliveryModes) + ".", "Use one of the allowable values (they are case-sensitive).");
            }
        }

        private object? ReadCallbackValue(string path, FieldKind kind, JsonElement value)
        {
            switch (kind)
            {
                case FieldKind.DialStringArray:
                case FieldKind.TextArray:
                    return ReadStringArray(path, kind == FieldKind.DialStringArray ? FieldKind.DialString : FieldKind.Text, value);
                case FieldKind.Boolean:
                    return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
                        : TypeError(path, value, "boolean", "Use true or false, without quotes.");
                case FieldKind.DateTime:
                    return ReadDateTime(path, value);
                case FieldKind.RoutingData:
                    return ReadRouting(path, value);
                case FieldKind.ObjectArray:
                    return value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.Object)
                        ? value.GetRawText() : TypeError(path, value, "array of objects", "Use an array such as [{\"agent\":{\"id\":\"" + ExampleGuid
                            + "\"},\"score\":100}].");
                default:
                    return ReadValue(path, kind, value);
            }
        }

        private object? ReadDateTime(string path, JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.String) return TypeError(path, value, "date-time", "Put the date in double quotes.");
            var text = value.GetString()!;
            var at = CallbackTimes.Parse(text);
            if (at == null)
            {
                Report(CallbackPayloadRules.InvalidDate, path, "'" + Shorten(text) + "' is not an ISO 8601 date-time with an offset: "
                    + "Dates must be specified as ISO-8601 strings. For example: yyyy-MM-ddTHH:mm:ss.SSSZ",
                    "Add the zone: Z for UTC (2026-12-03T13:30:00.000Z) or the offset (2026-12-03T14:30:00+01:00). New-OutboundCallback "
                        + "-ScheduledTime writes it for you.");
            }
            else if (at < DateTimeOffset.Now)
            {
                Report(CallbackPayloadRules.PastTime, path, "'" + text + "' has passed: the callback would be due at once.",
                    "Give a time in the future, or leave callbackScheduledTime out for a callback due now.");
            }

            return text;
        }

        private CallbackRoutingData? ReadRouting(string path, JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                TypeError(path, value, "RoutingData", "Use an object such as {\"queueId\":\"" + ExampleGuid + "\"}.");
                return null;
            }

            var routing = new CallbackRoutingData();
            foreach (var property in Properties(value, path + "."))
            {
                var inner = path + "." + property.Name;
                if (!CallbackPayloadFields.RoutingByName.TryGetValue(property.Name, out var field))
                {
                    Report(PayloadRules.UnknownProperty, inner, "Value [" + property.Name + "] is not a valid property for object [RoutingData].",
                        CallbackPayloadRules.HintForRouting(property.Name)
                            ?? "Valid properties: " + string.Join(", ", CallbackPayloadFields.RoutingNames) + ".");
                    continue;
                }

                if (property.Value.ValueKind != JsonValueKind.Null && ReadCallbackValue(inner, field.Kind, property.Value) is { } read)
                {
                    field.Set(routing, read);
                }
            }

            return routing;
        }

        private List<string>? ReadStringArray(string path, FieldKind itemKind, JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                TypeError(path, value, "array of strings", "Use an array, even for one value: [\"+15551234567\"].");
                return null;
            }

            var list = new List<string>();
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                var itemPath = path + "[" + index++ + "]";
                if (item.ValueKind != JsonValueKind.String)
                {
                    TypeError(itemPath, item, "string", "Every item must be quoted text.");
                    return null;
                }

                CheckString(itemPath, itemKind, item.GetString()!);
                list.Add(item.GetString()!);
            }

            return list;
        }

        /// <summary>The object's properties, a repeated name reported once.</summary>
        private IEnumerable<JsonProperty> Properties(JsonElement value, string prefix = "")
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in value.EnumerateObject())
            {
                if (!seen.Add(property.Name))
                {
                    Report(PayloadRules.DuplicateProperty, prefix + property.Name, "The property " + property.Name
                        + " appears more than once; which value the service would use is not defined.", "Keep one " + property.Name + ".");
                }

                yield return property;
            }
        }
    }
}
