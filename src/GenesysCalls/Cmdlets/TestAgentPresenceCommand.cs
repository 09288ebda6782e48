using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using GenesysCalls.Cmdlets.Binding;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsDiagnostic.Test, "AgentPresence", DefaultParameterSetName = UserIdSet)]
    [OutputType(typeof(AgentPresence), typeof(bool))]
    public sealed class TestAgentPresenceCommand : ConnectedCmdlet
    {
        private const string UserIdSet = "UserId";
        private const string EmailSet = "Email";
        private AgentPresenceChecker? _command;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UserIdSet)]
        [Alias("Id", "AgentId")]
        [AllowEmptyString]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string[] UserId { get; set; } = new string[0];

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = EmailSet)]
        [ArgumentCompleter(typeof(EmailCompleter))]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string[] Email { get; set; } = new string[0];

        [Parameter]
        [ArgumentCompleter(typeof(PresenceCompleter))]
        [ValidateNotNullOrEmpty]
        [PresenceList]
        [ValidatePresence]
        public string[]? ReadyPresence { get; set; }

        [Parameter]
        public SwitchParameter Quiet { get; set; }

        /// <summary>The whole pipeline object (a CSV row), carried into the AgentPresence and into errors.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        protected override void BeginProcessing() => Run(() =>
        {
            var session = ResolveSession();
            _command = new AgentPresenceChecker(Output, session, ReadyPresence) { Quiet = Quiet };
            if (!MyInvocation.ExpectingInput) _command.ExpectedTotal = ParameterSetName == EmailSet ? Email.Length : UserId.Length;
        });

        protected override void ProcessRecord()
        {
            if (InputObject?.BaseObject is IDictionary hashtable)
            {
                UserId = new string[0];
                Email = new string[0];
                try
                {
                    using (DictionaryRowBinder.Bind(this, hashtable, overwrite: true)) Add();
                }
                catch (PSArgumentException ex)
                {
                    Output.WriteError(new CommandError(Problems.InvalidInput, InputObject, ex.Message, ex));
                }

                return;
            }

            Add();
        }

        /// <summary>Each id, or each email when no id is given; a blank id cell falls back to the row's Email (a CSV with both columns).</summary>
        private void Add() => RunAsync(async token =>
        {
            if (UserId.Length == 0)
            {
                foreach (var email in Email) await _command!.AddEmailAsync(email, Row, token).ConfigureAwait(false);
                return;
            }

            foreach (var id in UserId)
            {
                var email = string.IsNullOrWhiteSpace(id) ? RowEmail() : null;
                if (email != null) await _command!.AddEmailAsync(email, Row, token).ConfigureAwait(false);
                else await _command!.AddUserIdAsync(id, Row, token).ConfigureAwait(false);
            }
        });

        private string? RowEmail()
        {
            var email = Email.FirstOrDefault(e => !string.IsNullOrWhiteSpace(e))
                ?? InputObject?.Properties.FirstOrDefault(p => string.Equals(p.Name, nameof(Email),
                    StringComparison.OrdinalIgnoreCase))?.Value as string;
            return string.IsNullOrWhiteSpace(email) ? null : email;
        }

        /// <summary>A piped object other than the id or email itself; null for plain strings and the command line.</summary>
        private object? Row => InputObject != null && !(InputObject.BaseObject is string) ? InputObject : null;

        protected override void EndProcessing() => RunAsync(token => _command!.CompleteAsync(token));
    }
}
