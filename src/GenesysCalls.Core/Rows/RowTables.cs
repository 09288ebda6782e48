using System.Collections.Generic;
using System.Linq;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Validation;

namespace GenesysCalls.Core.Rows
{
    /// <summary>
    /// Every cmdlet's row fields, in one place: the request and callback fields come from their payload tables, the rest are
    /// listed here once. The module builder reads these to show "True (ByPropertyName)" in Get-Help.
    /// </summary>
    internal static class RowTables
    {
        public static readonly RowTable<OutboundCallRow> NewOutboundCall = new RowTable<OutboundCallRow>("New-OutboundCall",
            CallPayloadFields.Root.Select(f => f.Parameter).OfType<RowField>().Concat(new[]
            {
                new RowField("OnBehalfOf", CellKind.Text, "UserId", "AgentId"),
                new RowField("Contact", CellKind.Contact) { ByValue = true },
                new RowField("Request", CellKind.CallRequest),
            }), RowBuilders.CallRows);

        public static readonly RowTable<OutboundCallbackRow> NewOutboundCallback = new RowTable<OutboundCallbackRow>("New-OutboundCallback",
            CallbackPayloadFields.Root.Select(f => f.Parameter).OfType<RowField>()
                .Append(new RowField("Callback", CellKind.CallbackRequest, "Request")), RowBuilders.CallbackRows);

        public static readonly RowTable<PresenceInput> TestAgentPresence = new RowTable<PresenceInput>("Test-AgentPresence", new[]
        {
            new RowField("UserId", CellKind.TextList, "Id", "AgentId") { ByValue = true },
            new RowField("Email", CellKind.TextList),
        }, RowBuilders.PresenceInputs, "UserId", "Email");

        public static readonly RowTable<PayloadInput> TestCallPayload = new RowTable<PayloadInput>("Test-CallPayload", new[]
        {
            new RowField("Json", CellKind.Text) { ByValue = true, FromColumn = false },
            new RowField("Path", CellKind.TextList),
            new RowField("LiteralPath", CellKind.TextList, "PSPath", "LP", "FullName"),
        }, RowBuilders.PayloadInputs);

        public static readonly RowTable<CallInput> GetOutboundCall = Conversations("Get-OutboundCall");

        public static readonly RowTable<CallInput> WaitOutboundCall = Conversations("Wait-OutboundCall");

        public static readonly RowTable<CallInput> StopOutboundCall = Conversations("Stop-OutboundCall");

        public static readonly RowTable<CallInput> GetOutboundCallback = Conversations("Get-OutboundCallback");

        public static readonly RowTable<CallInput> SetOutboundCallback = Conversations("Set-OutboundCallback");

        public static readonly RowTable<CallInput> StopOutboundCallback = Conversations("Stop-OutboundCallback");

        /// <summary>Every table, for the module builder and the contract tests.</summary>
        public static readonly IReadOnlyList<RowTable> All = new RowTable[]
        {
            NewOutboundCall, NewOutboundCallback, TestAgentPresence, TestCallPayload, GetOutboundCall, WaitOutboundCall, StopOutboundCall,
            GetOutboundCallback, SetOutboundCallback, StopOutboundCallback,
        };

        private static RowTable<CallInput> Conversations(string cmdlet) => new RowTable<CallInput>(cmdlet, new[]
        {
            new RowField("ConversationId", CellKind.TextList) { ByValue = true },
        }, RowBuilders.CallInputs, "ConversationId");
    }
}
