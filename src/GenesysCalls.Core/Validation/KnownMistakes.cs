using System;
using System.Collections.Generic;

namespace GenesysCalls.Core.Validation
{
    /// <summary>Fix hints for the properties people guess for CreateCallRequest and Destination (collected from forum questions).</summary>
    internal static class KnownMistakes
    {
        private const string OnBehalfOf =
            "To place the call as a specific agent from a service account, send the body to POST /api/v2/conversations/calls/user/{userId} " +
            "(New-OutboundCall -OnBehalfOf <userId>); with a user token, POST /api/v2/conversations/calls calls as that user.";

        private static readonly Dictionary<string, string> Root = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["from"] = "There is no 'from': the caller is the token's user, or the agent in the URL of POST "
                + "/api/v2/conversations/calls/user/{userId}. " +
                       "Use callFromQueueId to call on behalf of a queue and callerId/callerIdName for the number shown. " + OnBehalfOf,
            ["to"] = "There is no 'to': put exactly one destination in phoneNumber (a number), callUserId (a user), callQueueId (a queue) or "
                + "participants[] (a conference).",
            ["targets"] = "There is no 'targets': use participants[] (each with address, userId or queueId) for a conference, or phoneNumber for "
                + "one number.",
            ["target"] = "There is no 'target': use phoneNumber, callUserId or callQueueId.",
            ["destination"] = "There is no 'destination' object: use phoneNumber, callUserId, callQueueId or participants[].",
            ["destinations"] = "There is no 'destinations': use participants[] for a conference.",
            ["initiator"] = "There is no 'initiator'. " + OnBehalfOf,
            ["agentId"] = "There is no 'agentId'. " + OnBehalfOf,
            ["agent"] = "There is no 'agent'. " + OnBehalfOf,
            ["userId"] = "The body has no 'userId': use callUserId to call a user. " + OnBehalfOf,
            ["user"] = "The body has no 'user': use callUserId to call a user. " + OnBehalfOf,
            ["type"] = "There is no 'type' (such as \"agent\" or \"phone\"): the destination field you fill in (phoneNumber, callUserId, "
                + "callQueueId, participants) decides.",
            ["mediaType"] = "There is no 'mediaType': this endpoint only creates calls.",
            ["routingData"] = "There is no 'routingData': call a queue with callQueueId and add priority, languageId, routingSkillsIds or "
                + "routingSkillExpression at the top level.",
            ["provider"] = "There is no 'provider': the call goes through the user's station and the org's Edges/trunks.",
            ["queueId"] = "The body has no 'queueId': use callQueueId to call a queue, or callFromQueueId to call on the queue's behalf.",
            ["phone"] = "Use phoneNumber.",
            ["number"] = "Use phoneNumber.",
            ["address"] = "Use phoneNumber (or participants[].address inside a conference).",
            ["dnis"] = "Use phoneNumber.",
            ["ani"] = "Use callerId for the number shown to the customer.",
            ["callerIdNumber"] = "Use callerId.",
            ["callerName"] = "Use callerIdName.",
            ["conversationId"] = "Use conversationIds (an array) to merge existing calls into a conference.",
            ["externalContact"] = "Use externalContactId (the id string).",
            ["skills"] = "Use routingSkillsIds (an array of skill ids) together with callQueueId.",
            ["skillIds"] = "Use routingSkillsIds (an array of skill ids) together with callQueueId.",
            ["routingSkills"] = "Use routingSkillsIds (an array of skill ids) together with callQueueId.",
            ["language"] = "Use languageId together with callQueueId.",
            ["customAttributes"] = "Use attributes (an object of string values).",
            ["data"] = "Use attributes (an object of string values).",
            ["participant"] = "Use participants (an array).",
        };

        private static readonly Dictionary<string, string> Participant = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["to"] = "A participant has no 'to': put the number or address in address, or use userId / queueId.",
            ["from"] = "A participant has no 'from': the caller is the token's user (or the user in /calls/user/{userId}).",
            ["phoneNumber"] = "Inside participants[] the number goes in address.",
            ["number"] = "Inside participants[] the number goes in address.",
            ["type"] = "A participant has no 'type': fill in address, userId or queueId.",
            ["purpose"] = "A participant has no 'purpose': fill in address, userId or queueId.",
            ["participants"] = "Participants do not nest: list every participant once, at the top-level participants[].",
            ["id"] = "Use userId or queueId.",
        };

        public static string? ForRoot(string property) => Lookup(Root, property, CallPayloadFields.RootNames);

        public static string? ForParticipant(string property) => Lookup(Participant, property, CallPayloadFields.DestinationNames);

        internal static string? Lookup(Dictionary<string, string> table, string property, IEnumerable<string> validNames)
        {
            foreach (var valid in validNames)
            {
                if (string.Equals(valid, property, StringComparison.OrdinalIgnoreCase))
                {
                    return "Property names are case-sensitive: use '" + valid + "'.";
                }
            }

            return table.TryGetValue(property, out var hint) ? hint : null;
        }
    }
}
