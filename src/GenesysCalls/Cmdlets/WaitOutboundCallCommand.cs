using System;
using System.Management.Automation;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets
{
    [Cmdlet(VerbsLifecycle.Wait, "OutboundCall")]
    [OutputType(typeof(OutboundCallStatus), typeof(OutboundCallbackStatus))]
    public sealed class WaitOutboundCallCommand : OutboundCallCmdlet
    {
        private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(10);
        private CallWaiter? _command;

        [Parameter]
        public OutboundCallCondition Until { get; set; } = OutboundCallCondition.Ended;

        /// <summary>Per call, from when Wait-OutboundCall receives it. Without it, waits as long as it takes.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int TimeoutSec { get; set; }

        protected override void BeginProcessing() => Run(() =>
        {
            var session = ResolveSession();
            _command = new CallWaiter(Output, session, Until, TimeoutSec > 0 ? TimeoutSec : (int?)null);
        });

        protected override void ProcessRecord()
        {
            try
            {
                foreach (var input in Inputs()) RunAsync(token => _command!.AddAsync(input, token));
            }
            catch
            {
                StopFollowing();
                throw;
            }
        }

        protected override void EndProcessing()
        {
            try
            {
                RunAsync(token => _command!.CompleteAsync(token));
            }
            finally
            {
                StopFollowing();
            }
        }

        /// <summary>Ctrl+C may come while the command sits between records: end the sockets and polls here too.</summary>
        protected override void StopProcessing()
        {
            base.StopProcessing();
            StopFollowing();
        }

        private void StopFollowing() => _command?.StopAsync().Wait(StopWait);
    }
}
