using System.Linq;
using System.Management.Automation;
using GenesysCalls.Cmdlets.Binding;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Rows;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsDiagnostic.Test, "AgentPresence", DefaultParameterSetName = UserIdSet)]
    [OutputType(typeof(AgentPresence), typeof(bool))]
    public sealed class TestAgentPresenceCommand : ConnectedCmdlet
    {
        private const string UserIdSet = "UserId";
        private const string EmailSet = "Email";

        [Parameter(Position = 0, ParameterSetName = UserIdSet)]
        [Alias("Id", "AgentId")]
        [AllowEmptyString]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string[] UserId { get; set; } = new string[0];

        [Parameter(ParameterSetName = EmailSet)]
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

        /// <summary>The pipeline object: ids or emails, rows with a UserId (Id, AgentId) or Email column, AgentPresence objects.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        internal override CommandRun Begin()
        {
            var operation = new AgentPresenceChecker(Output, ResolveSession(), ReadyPresence) { Quiet = Quiet };
            if (!MyInvocation.ExpectingInput)
            {
                operation.ExpectedTotal = MyInvocation.BoundParameters.ContainsKey(nameof(InputObject)) ? Elements(InputObject).Count()
                    : ParameterSetName == EmailSet ? Email.Length : UserId.Length;
            }

            return Rows(operation, RowTables.TestAgentPresence, () => new[] { InputObject });
        }
    }
}
