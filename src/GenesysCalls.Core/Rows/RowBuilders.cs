using System.Collections.Generic;
using System.Linq;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Core.Rows
{
    /// <summary>How a row's values become each command's inputs.</summary>
    internal static class RowBuilders
    {
        public static IEnumerable<OutboundCallRow> CallRows(RowValues row) => new[]
        {
            new OutboundCallRow
            {
                Request = row.Get<CreateCallRequest>("Request"),
                PhoneNumber = row.Text("PhoneNumber"),
                CallUserId = row.Text("CallUserId"),
                CallQueueId = row.Text("CallQueueId"),
                Contact = row.Get<CallContact>("Contact"),
                Priority = row.Int("Priority"),
                LanguageId = row.Text("LanguageId"),
                SkillIds = row.List("SkillId"),
                SkillExpression = row.Text("SkillExpression"),
                OnBehalfOf = row.Text("OnBehalfOf"),
                FromQueueId = row.Text("FromQueueId"),
                CallerId = row.Text("CallerId"),
                CallerIdName = row.Text("CallerIdName"),
                Attributes = row.Get("Attribute"),
                Label = row.Text("Label"),
                ExternalContactId = row.Text("ExternalContactId"),
                UuiData = row.Text("UuiData"),
                Input = row.Target,
                Presence = row.Own as AgentPresence,
                UnboundColumns = row.Unbound,
                UnknownKeys = row.UnknownKeys,
                Problem = row.Problem,
            },
        };

        public static IEnumerable<OutboundCallbackRow> CallbackRows(RowValues row) => new[]
        {
            new OutboundCallbackRow
            {
                Request = row.Get<CreateCallbackCommand>("Callback"),
                PhoneNumber = row.List("PhoneNumber"),
                QueueId = row.Text("QueueId"),
                ScheduledTime = row.Get("ScheduledTime"),
                Name = row.Text("Name"),
                Data = row.Get("Data"),
                CallerId = row.Text("CallerId"),
                CallerIdName = row.Text("CallerIdName"),
                ScriptId = row.Text("ScriptId"),
                PreferredAgentId = row.List("PreferredAgentId"),
                CountryCode = row.Text("CountryCode"),
                Input = row.Target,
                UnboundColumns = row.Unbound,
                UnknownKeys = row.UnknownKeys,
                Problem = row.Problem,
            },
        };

        /// <summary>Each id, or each email when no id is given; a blank id cell falls back to the row's Email (a CSV with both columns).</summary>
        public static IEnumerable<PresenceInput> PresenceInputs(RowValues row)
        {
            var carried = row.Input.Shape == RowShape.Value ? null : row.Target;
            if (row.Problem != null) return new[] { PresenceInput.Unreadable(row.Target ?? string.Empty, row.Problem.Sentence) };
            var ids = row.List("UserId");
            var emails = row.List("Email");
            if (ids == null && emails == null)
            {
                if (row.Input.Shape == RowShape.None)
                {
                    throw row.NothingGiven(Problems.InvalidInput, "No agent given: give -UserId or -Email, or pipe ids, emails, "
                        + "or rows with a UserId or Email column.");
                }

                // A UserId or Email cell left blank is not given: the row names no agent, as one without those columns.
                return new[] { PresenceInput.Unreadable(row.Target ?? string.Empty, row.NamesNothing("agent") + " Nothing was requested for it.") };
            }

            if (ids == null) return emails!.Select(email => PresenceInput.ForEmail(email, carried));
            var fallback = emails?.FirstOrDefault(e => !string.IsNullOrWhiteSpace(e));
            return ids.Select(id => string.IsNullOrWhiteSpace(id) && fallback != null
                ? PresenceInput.ForEmail(fallback, carried) : PresenceInput.ForUserId(id, carried));
        }

        /// <summary>Each id, with the object it came on (an OutboundCall keeps its input row attached to its status).</summary>
        public static IEnumerable<CallInput> CallInputs(RowValues row)
        {
            if (row.Problem != null) return new[] { CallInput.Unreadable(row.Target, row.Problem.Sentence) };
            var ids = row.List("ConversationId");
            if (ids == null)
            {
                if (row.Input.Shape == RowShape.None)
                {
                    throw row.NothingGiven(Problems.InvalidConversationId, "No conversation given: give "
                        + "-ConversationId, or pipe calls, ids, or rows with a ConversationId column.");
                }

                return new[] { CallInput.Unreadable(row.Target, row.NamesNothing("conversation") + " Nothing was requested for it.") };
            }

            var carried = row.Own ?? (row.Input.Shape == RowShape.Value ? row.Input.Value : row.Target);
            return ids.Select(id => CallInput.From(id, ids.Length == 1 ? carried : null)).ToList();
        }

        /// <summary>Text, paths, or a body: a piped string is a body (or a line of one); a row with a path column is that file.</summary>
        public static IEnumerable<PayloadInput> PayloadInputs(RowValues row)
        {
            if (row.Input.Shape == RowShape.Value && row.Input.Value is string text) return new[] { PayloadInput.PipedJson(text) };
            if (row.List("LiteralPath") is { } literal) return literal.Select(PayloadInput.LiteralPath);
            if (row.List("Path") is { } paths) return paths.Select(path => PayloadInput.Path(path, null));
            if (row.Text("Json") is { } json) return new[] { PayloadInput.Json(json) };
            return row.Input.Shape switch
            {
                RowShape.None => new[] { PayloadInput.Json(string.Empty) },
                RowShape.Record => new[] { PayloadInput.Row(row.Input.Cells, asTyped: false) },
                RowShape.Dictionary => new[] { PayloadInput.Row(row.Input.Cells, asTyped: true) },
                _ => new[] { PayloadInput.Object(row.Input.Value) },
            };
        }
    }
}
