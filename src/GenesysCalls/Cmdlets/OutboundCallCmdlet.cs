using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    /// <summary>What Get-, Wait- and Stop-OutboundCall share: conversation ids from the pipeline, with the object they came on.</summary>
    public abstract class OutboundCallCmdlet : GenesysCmdlet
    {
        /// <summary>Ids, or OutboundCall / OutboundCallStatus objects from the pipeline (by their ConversationId).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] ConversationId { get; set; } = new string[0];

        /// <summary>The whole pipeline object, so an OutboundCall (and its input row) stays attached to its status.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        [Parameter]
        public GenesysSession? Session { get; set; }

        internal IEnumerable<CallInput> Inputs()
        {
            var carried = ConversationId.Length == 1 ? InputObject?.BaseObject : null;
            return ConversationId.Select(id => CallInput.From(id, carried));
        }
    }
}
