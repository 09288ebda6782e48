using System;
using System.Collections.Generic;

namespace GenesysCalls.Core.Validation
{
    /// <summary>The rules for a CreateCallbackCommand beyond names and types (PayloadRules), each with its source, and the fix hints.</summary>
    internal static class CallbackPayloadRules
    {
        public const string MissingNumbersCode = "callback.error.missing.callback.numbers";
        public const string MissingQueueCode = "callback.error.missing.queue.id";
        public const string InvalidDateCode = "invalid.date";
        public const string QueueTwiceCode = "genesyscalls.callback.queue.twice";
        public const string PastTimeCode = "genesyscalls.callback.time.past";

        public static readonly PayloadRule MissingNumbers = new PayloadRule(MissingNumbersCode, RuleSource.Definition,
            "CreateCallbackCommand requires callbackNumbers; POST /callbacks lists callback.error.missing.callback.numbers");

        public static readonly PayloadRule MissingQueue = new PayloadRule(MissingQueueCode, RuleSource.Definition,
            "\"Either queueId or routingData is required\" (CreateCallbackCommand); POST /callbacks lists callback.error.missing.queue.id");

        public static readonly PayloadRule InvalidDate = new PayloadRule(InvalidDateCode, RuleSource.Definition,
            "callbackScheduledTime has format date-time (RFC 3339: an offset or Z is part of it); POST /callbacks lists invalid.date");

        public static readonly PayloadRule QueueTwice = new PayloadRule(QueueTwiceCode, RuleSource.Judgement,
            "the definition asks for queueId or routingData; with both it does not say which queue counts");

        public static readonly PayloadRule PastTime = new PayloadRule(PastTimeCode, RuleSource.Judgement,
            "a time that has passed makes the callback due at once, which is rarely what a scheduled time meant");

        public static readonly PayloadRule[] All = { MissingNumbers, MissingQueue, InvalidDate, QueueTwice, PastTime };

        private static readonly Dictionary<string, string> Root = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["phoneNumber"] = "A callback has no 'phoneNumber': put the numbers in callbackNumbers, an array such as [\"+15551234567\"].",
            ["phoneNumbers"] = "Use callbackNumbers (an array of numbers).",
            ["number"] = "Use callbackNumbers (an array of numbers).",
            ["numbers"] = "Use callbackNumbers (an array of numbers).",
            ["callbackNumber"] = "Use callbackNumbers (an array, even for one number).",
            ["to"] = "There is no 'to': put the numbers to call back in callbackNumbers.",
            ["scheduledTime"] = "Use callbackScheduledTime (ISO 8601 with offset, for example 2026-12-03T14:30:00.000Z).",
            ["callbackTime"] = "Use callbackScheduledTime (ISO 8601 with offset, for example 2026-12-03T14:30:00.000Z).",
            ["name"] = "Use callbackUserName for the party to call back.",
            ["customerName"] = "Use callbackUserName for the party to call back.",
            ["attributes"] = "Use data (an object of string values); the service shows it as the participant's attributes.",
            ["queue"] = "Use queueId (the id string), or routingData.queueId.",
            ["callQueueId"] = "A callback names its queue in queueId (or routingData.queueId), not callQueueId.",
            ["agentId"] = "A new callback has no 'agentId': prefer agents with routingData.preferredAgentIds "
                + "(New-OutboundCallback -PreferredAgentId).",
            ["preferredAgentIds"] = "preferredAgentIds belongs inside routingData, together with routingData.queueId.",
            ["scheduledCallbackTime"] = "Use callbackScheduledTime.",
        };

        private static readonly Dictionary<string, string> RoutingHints = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["agentIds"] = "Use preferredAgentIds.",
            ["skills"] = "Use skillIds (an array of skill ids).",
            ["queue"] = "Use queueId (the id string).",
        };

        public static string? HintForRoot(string property) => KnownMistakes.Lookup(Root, property, CallbackPayloadFields.RootNames);

        public static string? HintForRouting(string property) => KnownMistakes.Lookup(RoutingHints, property, CallbackPayloadFields.RoutingNames);
    }
}
