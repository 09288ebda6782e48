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

        public void Verbose(string message) => _output.WriteVerbose(Redactor.Redact(message));

        public void Debug(string message) => _output.WriteDebug(Redactor.Redact(message));
    }
}
