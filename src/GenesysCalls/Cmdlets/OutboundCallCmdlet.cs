using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using GenesysCalls.Cmdlets.Binding;
using GenesysCalls.Cmdlets.Completers;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    /// <summary>What Get-, Wait- and Stop-OutboundCall share: conversation ids from the pipeline, with the object they came on.</summary>
    public abstract class OutboundCallCmdlet : ConnectedCmdlet
    {
        /// <summary>Ids, or OutboundCall / OutboundCallStatus objects from the pipeline (by their ConversationId).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [ArgumentCompleter(typeof(ConversationIdCompleter))]
        public string[] ConversationId { get; set; } = new string[0];

        /// <summary>The whole pipeline object, so an OutboundCall (and its input row) stays attached to its status.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>The command's operation, from the parameters; the ids come from the pipeline.</summary>
        internal abstract CommandOperation<CallInput> CreateOperation();

        internal sealed override CommandRun Begin() => CommandRun.Of(CreateOperation(), Inputs);

        private IReadOnlyList<CallInput> Inputs()
        {
            if (InputObject?.BaseObject is IDictionary hashtable)
            {
                // A piped hashtable binds by its keys, as a CSV row binds by its columns.
                ConversationId = new string[0];
                using (DictionaryRowBinder.Bind(this, hashtable, overwrite: true)) return Read(InputObject);
            }

            return Read(ConversationId.Length == 1 ? InputObject?.BaseObject : null);
        }

        private IReadOnlyList<CallInput> Read(object? carried) => ConversationId.Select(id => CallInput.From(id, carried)).ToList();
    }
}
