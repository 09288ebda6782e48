using System.Management.Automation;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsCommon.Get, "OutboundCallback")]
    [OutputType(typeof(OutboundCallbackStatus))]
    public sealed class GetOutboundCallbackCommand : OutboundCallCmdlet
    {
        private CallbackStatusReader? _command;

        protected override void BeginProcessing() => Run(() =>
        {
            _command = new CallbackStatusReader(Output, ResolveSession());
        });

        protected override void ProcessRecord()
        {
            foreach (var input in Inputs()) RunAsync(token => _command!.AddAsync(input, token));
        }
    }
}
