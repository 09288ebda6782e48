using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Cmdlets.Hosting;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Outbound;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsCommon.Add, "OutboundContact", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(OutboundContact))]
    public sealed class AddOutboundContactCommand : ConnectedCmdlet
    {
        /// <summary>Required, but never prompted for: a missing one is AddOutboundContactMissingParameter.</summary>
        [Parameter(Position = 0)]
        [ArgumentCompleter(typeof(ContactListIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string ContactListId { get; set; } = string.Empty;

        /// <summary>A row: a CSV line (PSCustomObject), a hashtable, or any object whose properties name the list's columns.</summary>
        [Parameter(ValueFromPipeline = true)]
        public PSObject[] InputObject { get; set; } = new PSObject[0];

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? ContactIdProperty { get; set; }

        [Parameter]
        public SwitchParameter Priority { get; set; }

        [Parameter]
        public SwitchParameter ClearSystemData { get; set; }

        [Parameter]
        public SwitchParameter DoNotQueue { get; set; }

        internal override CommandRun Begin() => CommandRun.Of(new OutboundContactAdder(Output, ResolveSession(), ContactListId)
        {
            ContactIdProperty = ContactIdProperty, Priority = Priority, ClearSystemData = ClearSystemData, DoNotQueue = DoNotQueue,
            ExpectedTotal = MyInvocation.ExpectingInput ? (int?)null : InputObject?.Length ?? 0,
        }, Rows);

        /// <summary>A piped $null is a row, and gets its error; -InputObject $null (an empty CSV) is no rows.</summary>
        private IEnumerable<ContactRow> Rows() =>
            (InputObject ?? (MyInvocation.ExpectingInput ? new PSObject[] { null! } : new PSObject[0])).Select(Row);

        /// <summary>A row's columns; a value that is no row ($null, text, a number) has none, and is its error.</summary>
        private static ContactRow Row(PSObject? input)
        {
            var value = input?.BaseObject;
            return value == null || value is string || value.GetType().IsPrimitive
                ? new ContactRow(null, input)
                : new ContactRow(RowCells.Of(input!), input);
        }
    }
}
