using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace GenesysCalls.Core.Calls
{
    /// <summary>Maps a row onto CreateCallRequest, parameter to field, one for one (names follow the API definition).</summary>
    internal static class CallRequestBuilder
    {
        public static CreateCallRequest Build(OutboundCallRow row, out string? problem)
        {
            problem = null;
            var request = row.Request != null ? Copy(row.Request) : new CreateCallRequest();
            request.PhoneNumber = row.PhoneNumber ?? request.PhoneNumber;
            request.CallUserId = row.CallUserId ?? request.CallUserId;
            request.CallQueueId = row.CallQueueId ?? request.CallQueueId;
            if (row.Participants != null) request.Participants = row.Participants.Select(ToDestination).ToList();
            if (row.Contact != null) ApplyContact(request, row.Contact);
            request.Priority = row.Priority ?? request.Priority;
            request.LanguageId = row.LanguageId ?? request.LanguageId;
            if (row.SkillIds != null) request.RoutingSkillsIds = row.SkillIds.ToList();
            request.RoutingSkillExpression = row.SkillExpression ?? request.RoutingSkillExpression;
            request.CallFromQueueId = row.FromQueueId ?? request.CallFromQueueId;
            request.CallerId = row.CallerId ?? request.CallerId;
            request.CallerIdName = row.CallerIdName ?? request.CallerIdName;
            request.Label = row.Label ?? request.Label;
            request.ExternalContactId = row.ExternalContactId ?? request.ExternalContactId;
            request.UuiData = row.UuiData ?? request.UuiData;
            if (row.Attributes != null)
            {
                request.Attributes = ReadAttributes(row.Attributes, out problem);
            }

            return request;
        }

        /// <summary>'user:&lt;id&gt;' and 'queue:&lt;id&gt;' name a user or queue; a bare GUID is a user; anything else is an address.</summary>
        public static Destination ToDestination(string text)
        {
            // Nothing to call: kept as an empty address so validation reports the participant instead of throwing.
            if (string.IsNullOrWhiteSpace(text)) return new Destination { Address = text };
            var contact = new CallContact(text);
            return contact.Kind switch
            {
                CallContactKind.User => new Destination { UserId = contact.Id },
                CallContactKind.Queue => new Destination { QueueId = contact.Id },
                _ => new Destination { Address = contact.Address },
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
                        if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                        {
                            problem = "Attribute '" + property.Name + "' must be a plain value; attributes are string to string.";
                            return null;
                        }

                        map[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                    }

                    return map;
                }
                catch (JsonException ex)
                {
                    problem = "Attributes is not valid JSON: " + ex.Message;
                    return null;
                }
            }

            if (value is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (entry.Value is IDictionary || (entry.Value is IEnumerable && !(entry.Value is string)))
                    {
                        problem = "Attribute '" + entry.Key + "' must be a plain value; attributes are string to string.";
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

        private static CreateCallRequest Copy(CreateCallRequest request) =>
            JsonSerializer.Deserialize(request.ToJson(), GenesysJsonContext.Default.CreateCallRequest)!;
    }
}
