using System;
using System.Collections;
using System.Collections.Generic;
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

        internal override CommandRun Begin()
        {
            var operation = new AgentPresenceChecker(Output, ResolveSession(), ReadyPresence) { Quiet = Quiet };
            if (!MyInvocation.ExpectingInput) operation.ExpectedTotal = ParameterSetName == EmailSet ? Email.Length : UserId.Length;
            return CommandRun.Of(operation, Inputs);
        }

        private IReadOnlyList<PresenceInput> Inputs()
        {
            if (InputObject?.BaseObject is IDictionary hashtable)
            {
                UserId = new string[0];
                Email = new string[0];
                try
                {
                    using (DictionaryRowBinder.Bind(this, hashtable, overwrite: true)) return Read();
                }
                catch (PSArgumentException ex)
                {
                    return new[] { PresenceInput.Unreadable(InputObject, ex.Message) };
                }
            }

            return Read();
        }

        /// <summary>Each id, or each email when no id is given; a blank id cell falls back to the row's Email (a CSV with both columns).</summary>
        private IReadOnlyList<PresenceInput> Read()
        {
            if (UserId.Length == 0) return Email.Select(email => PresenceInput.ForEmail(email, Row)).ToList();
            return UserId.Select(id => string.IsNullOrWhiteSpace(id) && RowEmail() is { } email
                ? PresenceInput.ForEmail(email, Row) : PresenceInput.ForUserId(id, Row)).ToList();
        }

        private string? RowEmail()
        {
            var email = Email.FirstOrDefault(e => !string.IsNullOrWhiteSpace(e))
                ?? InputObject?.Properties.FirstOrDefault(p => string.Equals(p.Name, nameof(Email),
                    StringComparison.OrdinalIgnoreCase))?.Value as string;
            return string.IsNullOrWhiteSpace(email) ? null : email;
        }

        /// <summary>A piped object other than the id or email itself; null for plain strings and the command line.</summary>
        private object? Row => InputObject != null && !(InputObject.BaseObject is string) ? InputObject : null;
    }
}
