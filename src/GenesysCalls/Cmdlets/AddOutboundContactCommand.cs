using System.Collections;
using System.Collections.Generic;
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
                    ExpectedTotal = MyInvocation.ExpectingInput ? (int?)null : InputObject.Length,
                };
            });
            RunAsync(token => _command!.BeginAsync(token));
        }

        protected override void ProcessRecord()
        {
            foreach (var input in InputObject) Add(input);
        }

        protected override void EndProcessing() => RunAsync(token => _command!.CompleteAsync(token));

        private void Add(PSObject? input)
        {
            if (input == null) return;
            var value = input.BaseObject;
            if (value is string || value.GetType().IsPrimitive)
            {
                WriteError(new ErrorRecord(new PSArgumentException("Not sent: a contact row is an object with properties named after the list's "
                    + "columns (a CSV row or a hashtable), not the value '" + value + "'."), "AddOutboundContactInvalidValue",
                    ErrorCategory.InvalidArgument, input));
                return;
            }

            var row = new ContactRow(Properties(input), input);
            RunAsync(token => _command!.AddAsync(row, token));
        }

        /// <summary>A hashtable's entries, else the object's properties, in order, with PowerShell wrappers removed from the values.</summary>
        private static IReadOnlyList<KeyValuePair<string, object?>> Properties(PSObject input)
        {
            var properties = new List<KeyValuePair<string, object?>>();
            if (input.BaseObject is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    properties.Add(new KeyValuePair<string, object?>(entry.Key?.ToString() ?? string.Empty, PSObjectConverter.ToPlain(entry.Value)));
                }

                return properties;
            }

            foreach (var property in input.Properties)
            {
                if (!property.IsGettable) continue;
                object? value;
                try
                {
                    value = property.Value;
                }
                catch (GetValueException)
                {
                    // A script or code property that throws is read as empty rather than failing the row.
                    value = null;
                }

                properties.Add(new KeyValuePair<string, object?>(property.Name, PSObjectConverter.ToPlain(value)));
            }

            return properties;
        }
    }
}
