using System.Collections.Generic;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System;
using GenesysCalls.Core.Json;

namespace GenesysCalls.Core.Calls
{
    /// <summary>Maps a row onto CreateCallRequest, parameter to field, one for one (names follow the API definition).</summary>
    internal static class CallRequestBuilder
    {
        public static CreateCallRequest Build(OutboundCallRow row, out string? problem)
        {
            problem = null;
            var request = row.Request != null ? Copy(row.Request) : new CreateCallRequest();
            request.PhoneNumber = Given(row.PhoneNumber) ?? request.PhoneNumber;
            request.CallUserId = Given(row.CallUserId) ?? request.CallUserId;
            request.CallQueueId = Given(row.CallQueueId) ?? request.CallQueueId;
            if (row.Participants != null) request.Participants = row.Participants.Select(ToDestination).ToList();
            if (row.Contact != null) ApplyContact(request, row.Contact);
            request.Priority = row.Priority ?? request.Priority;
            request.LanguageId = Given(row.LanguageId) ?? request.LanguageId;
            var skills = row.SkillIds?.Select(Given).Where(id => id != null).Select(id => id!).ToList();
            if (skills is { Count: > 0 }) request.RoutingSkillsIds = skills;
            request.RoutingSkillExpression = Given(row.SkillExpression) ?? request.RoutingSkillExpression;
            request.CallFromQueueId = Given(row.FromQueueId) ?? request.CallFromQueueId;
            request.CallerId = Given(row.CallerId) ?? request.CallerId;
            request.CallerIdName = Given(row.CallerIdName) ?? request.CallerIdName;
            request.Label = Given(row.Label) ?? request.Label;
            request.ExternalContactId = Given(row.ExternalContactId) ?? request.ExternalContactId;
            request.UuiData = Given(row.UuiData) ?? request.UuiData;
            if (row.Attributes != null)
            {
                request.Attributes = ReadAttributes(row.Attributes, out problem) ?? request.Attributes;
            }

            return request;
        }

        /// <summary>A blank value (an empty CSV cell) means "not given"; anything else is used without surrounding spaces.</summary>
        public static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

        /// <summary>'user:&lt;id&gt;' and 'queue:&lt;id&gt;' name a user or queue; a bare GUID is a user; anything else is an address.</summary>
        public static Destination ToDestination(string text)
        {
            // Nothing to call: kept as an empty address so validation reports the participant instead of throwing.
            if (string.IsNullOrWhiteSpace(text)) return new Destination { Address = text };
            var contact = new CallContact(text);
            return contact.Kind switch
            {
                CallContactKind.User => new Destination { UserId = contact.Id, Name = contact.Name },
                CallContactKind.Queue => new Destination { QueueId = contact.Id, Name = contact.Name },
                _ => new Destination { Address = contact.Address, Name = contact.Name },
            };
        }

        private static void ApplyContact(CreateCallRequest request, CallContact contact)
        {
            switch (contact.Kind)
            {
                case CallContactKind.User: request.CallUserId = contact.Id; break;
                case CallContactKind.Queue: request.CallQueueId = contact.Id; break;
                default: request.PhoneNumber = contact.Address; break;
            }
        }

        private static Dictionary<string, string>? ReadAttributes(object value, out string? problem)
        {
            problem = null;
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            if (value is string text)
            {
                if (text.Trim().Length == 0) return null;
                try
                {
                    using var document = JsonDocument.Parse(text);
                    if (document.RootElement.ValueKind != JsonValueKind.Object)
                    {
                        problem = "Attributes must be a JSON object such as {\"account\":\"123\"}, not " + document.RootElement.ValueKind + ".";
                        return null;
                    }

                    foreach (var property in document.RootElement.EnumerateObject())
                    {
                        if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null)
                        {
                            problem = NotPlain(property.Name, property.Value.ValueKind == JsonValueKind.Null);
                            return null;
                        }

                        map[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()!
                            : property.Value.GetRawText();
                    }

                    return map;
                }
                catch (JsonException ex)
                {
                    var message = ex.Message;
                    var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
                    problem = "Attributes is not a JSON object (" + (cut > 0 ? message.Substring(0, cut) : message).TrimEnd('.')
                        + "). Give a hashtable, or JSON text such as {\"account\":\"123\"}.";
                    return null;
                }
            }

            if (value is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (entry.Value == null || entry.Value is IDictionary || (entry.Value is IEnumerable && !(entry.Value is string)))
                    {
                        problem = NotPlain(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty, entry.Value == null);
                        return null;
                    }

                    map[Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty] = entry.Value is bool flag
                        ? (flag ? "true" : "false")
                        : Convert.ToString(entry.Value, CultureInfo.InvariantCulture) ?? string.Empty;
                }

                return map;
            }

            problem = "Attributes must be a hashtable or JSON object text.";
            return null;
        }

        private static string NotPlain(string key, bool isNull) => isNull
            ? "Attribute '" + key + "' is null; attributes map text to text. Give it a text value, or leave the key out."
            : "Attribute '" + key + "' must be a plain value; attributes map text to text.";

        private static CreateCallRequest Copy(CreateCallRequest request) =>
            JsonSerializer.Deserialize(request.ToJson(), GenesysJsonContext.Default.CreateCallRequest)!;
    }
}
