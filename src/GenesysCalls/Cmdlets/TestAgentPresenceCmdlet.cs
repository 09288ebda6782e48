using System.Management.Automation;
using GenesysCalls.Cmdlets.Binding;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsDiagnostic.Test, "AgentPresence", DefaultParameterSetName = UserIdSet)]
    [OutputType(typeof(AgentPresence), typeof(bool))]
    public sealed class TestAgentPresenceCmdlet : GenesysCmdlet
    {
        private const string UserIdSet = "UserId";
        private const string EmailSet = "Email";
        private TestAgentPresenceCommand? _command;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UserIdSet)]
        [Alias("Id", "AgentId")]
        [ValidateNotNullOrEmpty]
        public string[] UserId { get; set; } = new string[0];

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = EmailSet)]
        [ArgumentCompleter(typeof(EmailCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Email { get; set; } = new string[0];

        [Parameter]
        [ArgumentCompleter(typeof(PresenceCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? ReadyPresence { get; set; }

        [Parameter]
        public SwitchParameter Quiet { get; set; }

        [Parameter]
        [SessionTransformation]
        [ArgumentCompleter(typeof(SessionNameCompleter))]
        public GenesysSession? Session { get; set; }

        /// <summary>The whole pipeline object (a CSV row), carried into the AgentPresence and into errors.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        protected override void BeginProcessing() => Run(() =>
        {
            var session = SessionResolver.Resolve(Session, SessionRegistry.Process, "TestAgentPresence");
            _command = new TestAgentPresenceCommand(Output, session, ReadyPresence) { Quiet = Quiet };
            if (!MyInvocation.ExpectingInput) _command.ExpectedTotal = ParameterSetName == EmailSet ? Email.Length : UserId.Length;
        });

        protected override void ProcessRecord() => RunAsync(async token =>
        {
            if (ParameterSetName == EmailSet)
            {
                foreach (var email in Email) await _command!.AddEmailAsync(email, Row, token).ConfigureAwait(false);
            }
            else
            {
                foreach (var id in UserId) await _command!.AddUserIdAsync(id, Row, token).ConfigureAwait(false);
            }
        });

        /// <summary>A piped object other than the id or email itself; null for plain strings and the command line.</summary>
        private object? Row => InputObject != null && !(InputObject.BaseObject is string) ? InputObject : null;

        protected override void EndProcessing() => RunAsync(token => _command!.CompleteAsync(token));
    }
}
