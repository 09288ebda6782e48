using System;
using System.Collections.Generic;
using System.Text.Json;

namespace GenesysCalls.Core.Validation
{
    /// <summary>The walker's reading of participants[]: each one a #/definitions/Destination.</summary>
    internal sealed partial class PayloadWalker
    {
        private bool ReadParticipants(CreateCallRequest request, string name, JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                return TypeError(name, value, "array of Destination",
                    "Use an array: \"participants\": [{\"address\":\"+15551234567\"}, {\"userId\":\"" + ExampleGuid + "\"}].");
            }

            var list = new List<Destination>();
            var ok = true;
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                var path = name + "[" + index++ + "]";
                var destination = ReadDestination(path, item);
                if (destination == null) ok = false;
                else list.Add(destination);
            }

            if (ok) request.Participants = list;
            return ok;
        }

        private Destination? ReadDestination(string path, JsonElement item)
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                TypeError(path, item, "Destination object", "Each participant is an object with address, userId or queueId.");
                return null;
            }

            var destination = new Destination();
            foreach (var property in item.EnumerateObject())
            {
                var fieldPath = path + "." + property.Name;
                if (!CallPayloadFields.Destination.TryGetValue(property.Name, out var spec))
                {
                    Error(DiagnosticCodes.InvalidProperty, fieldPath,
                        "Value [" + property.Name + "] is not a valid property for object [Destination].",
                        KnownMistakes.ForParticipant(property.Name) ?? "Valid properties: " + string.Join(", ", CallPayloadFields.DestinationNames)
                            + ".");
                    destination.UnrecognizedProperties = Keep(destination.UnrecognizedProperties, property.Name, property.Value);
                    continue;
                }

                if (property.Value.ValueKind == JsonValueKind.Null) continue;
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    TypeError(fieldPath, property.Value, "string", "Put the value in double quotes.");
                    destination.UnrecognizedProperties = Keep(destination.UnrecognizedProperties, property.Name, property.Value);
                    continue;
                }

                var text = property.Value.GetString()!;
                switch (property.Name)
                {
                    case "address":
                        destination.Address = text;
                        if (text.Trim().Length == 0)
                        {
                            Error(DiagnosticCodes.EmptyValue, fieldPath, "The address is blank.",
                                "Put the number or address to call in it, or remove the participant.");
                        }
                        else if (PhoneNumberRules.LooksLikeNumber(text))
                        {
                            CheckString(fieldPath, FieldKind.Phone, text);
                        }

                        break;
                    case "name":
                        destination.Name = text;
                        break;
                    case "userId":
                        destination.UserId = text;
                        CheckString(fieldPath, spec.Kind, text);
                        break;
                    default:
                        destination.QueueId = text;
                        CheckString(fieldPath, spec.Kind, text);
                        break;
                }
            }

            if (destination.Address == null && destination.UserId == null && destination.QueueId == null)
            {
                Error(DiagnosticCodes.EmptyParticipant, path, "This participant has nothing to call.",
                    "Give it an address (number), a userId or a queueId.");
            }

            return destination;
        }
    }
}
