using System.Linq;
using System.Management.Automation;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Rows;

namespace GenesysCalls.Cmdlets
{
    /// <summary>What Get-, Wait- and Stop-OutboundCall share: conversation ids from the pipeline, with the object they came on.</summary>
    public abstract class OutboundCallCmdlet : ConnectedCmdlet
    {
        /// <summary>Ids, or OutboundCall / OutboundCallStatus objects from the pipeline (by their ConversationId).</summary>
        [Parameter(Position = 0)]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(ConversationIdCompleter))]
        public string[] ConversationId { get; set; } = new string[0];

        /// <summary>The pipeline object: ids, OutboundCall or status objects (their input row stays attached), rows with a ConversationId.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>The command's operation, from the parameters; the ids come from the pipeline.</summary>
        internal abstract CommandOperation<CallInput> CreateOperation();

        internal sealed override CommandRun Begin() => Rows(CreateOperation(), (RowTable<CallInput>)RowTables.All.Single(t =>
            t.Cmdlet == MyInvocation.MyCommand.Name), () => new[] { InputObject });
    }
}
