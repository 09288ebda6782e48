using System.Collections.Generic;
using System.Text.Json;

namespace GenesysCalls.Core.Validation
{
    /// <summary>The walker's reading of participants[]: each one a #/definitions/Destination.</summary>
    internal sealed partial class PayloadWalker
    {
        private List<Destination>? ReadParticipants(string path, JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                TypeError(path, value, "array of Destination",
                    "Use an array: \"participants\": [{\"address\":\"+15551234567\"}, {\"userId\":\"" + ExampleGuid + "\"}].");
                return null;
            }

            var list = new List<Destination>();
            var ok = true;
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                var destination = ReadDestination(path + "[" + index++ + "]", item);
                if (destination == null) ok = false;
                else list.Add(destination);
            }

            return ok ? list : null;
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
                if (!CallPayloadFields.ParticipantByName.TryGetValue(property.Name, out var field))
                {
                    Report(PayloadRules.UnknownProperty, fieldPath,
                        "Value [" + property.Name + "] is not a valid property for object [Destination].",
                        KnownMistakes.ForParticipant(property.Name) ?? "Valid properties: " + string.Join(", ", CallPayloadFields.DestinationNames)
                            + ".");
                    continue;
                }

                if (property.Value.ValueKind == JsonValueKind.Null) continue;
                if (ReadValue(fieldPath, field.Kind, property.Value) is { } value) field.Set(destination, value);
            }

            if (destination.Address == null && destination.UserId == null && destination.QueueId == null)
            {
                Report(PayloadRules.EmptyParticipant, path, "This participant has nothing to call.",
                    "Give it an address (number), a userId or a queueId.");
            }

            return destination;
        }
    }
}
