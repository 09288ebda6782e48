using System.Collections.Generic;
using System.Management.Automation;
using GenesysCalls.Cmdlets.Binding;
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
        private OutboundContactAdder? _command;

        [Parameter(Mandatory = true, Position = 0)]
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

        protected override void BeginProcessing()
        {
            Run(() =>
            {
                var session = ResolveSession();
                _command = new OutboundContactAdder(Output, session, ContactListId)
                {
                    ContactIdProperty = ContactIdProperty, Priority = Priority, ClearSystemData = ClearSystemData, DoNotQueue = DoNotQueue,
                    ExpectedTotal = MyInvocation.ExpectingInput ? (int?)null : InputObject?.Length ?? 0,
                };
            });
            RunAsync(token => _command!.BeginAsync(token));
        }

        protected override void ProcessRecord()
        {
            // A piped $null is a row, and gets its error; -InputObject $null (an empty CSV) is no rows.
            foreach (var input in InputObject ?? (MyInvocation.ExpectingInput ? new PSObject[] { null! } : new PSObject[0])) Add(input);
        }

        protected override void EndProcessing() => RunAsync(token => _command!.CompleteAsync(token));

        internal override IReadOnlyList<UnreportedResult> TakeUnreported() =>
            _command?.TakeUnreported() ?? (IReadOnlyList<UnreportedResult>)new UnreportedResult[0];

        private void Add(PSObject? input)
        {
            var value = input?.BaseObject;
            if (value == null || value is string || value.GetType().IsPrimitive)
            {
                var message = "Not sent: a contact row is an object with properties named after the list's columns (a CSV row or a hashtable), not "
                    + (value == null ? "$null" : "the value '" + value + "'") + ".";
                Output.WriteError(new CommandError(Problems.InvalidValue, input, message, new PSArgumentException(message)));
                return;
            }

            var row = new ContactRow(PipelineProperties.List(input!), input!);
            RunAsync(token => _command!.AddAsync(row, token));
        }
    }
}
