using System;
using GenesysCalls.Core.Http;

namespace GenesysCalls.Core.Commands
{
    /// <summary>Request tracing into the command's -Verbose and -Debug streams.</summary>
    internal sealed class OutputApiLog : IApiLog
    {
        private readonly ICommandOutput _output;

        public OutputApiLog(ICommandOutput output)
        {
            _output = output;
        }

        public void Verbose(string message) => Trace(() => _output.WriteVerbose(Redactor.Redact(message)));

        public void Debug(string message) => Trace(() => _output.WriteDebug(Redactor.Redact(message)));

        /// <summary>
        /// A trace line the stopped pipeline can no longer take is dropped: failing there would lose the answer of a create being
        /// finished after the stop, which must be reported.
        /// </summary>
        private static void Trace(Action write)
        {
            try
            {
                write();
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
