using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Outcomes;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// Wait-OutboundCall: calls are followed from the moment they arrive; each status is written as soon as it reaches
    /// the condition (completion order), each late call is one WaitOutboundCallTimeout error carrying its last status.
    /// CompleteAsync (or Stop) ends every socket, read and poll.
    /// </summary>
    internal sealed class CallWaiter : CommandOperation<CallInput>
    {
        private static readonly TimeSpan ProgressTick = TimeSpan.FromMilliseconds(250);

        /// <summary>When a callback's dial time is not given: as if placed before any topic was subscribed.</summary>
        private static readonly TimeSpan LongAgo = TimeSpan.FromDays(1);
        private readonly ICommandOutput _output;
        private readonly GenesysSession _session;
        private readonly CallFollower _follower;
        private readonly CallbackGate _callbacks;
        private readonly TimeSpan? _timeout;
        private readonly ProgressReporter _progress;
        private readonly OutboundCallCondition _until;
        private readonly int? _timeoutSec;
        private readonly IDisposable _watching;
        private readonly Dictionary<string, (CallInput Input, CallbackSnapshot Read)> _dialled =
            new Dictionary<string, (CallInput Input, CallbackSnapshot Read)>(StringComparer.OrdinalIgnoreCase);
        private bool _started;
        private int _stopped;
        private int _added;
        private int _finished;

        public CallWaiter(ICommandOutput output, GenesysSession session, OutboundCallCondition until, int? timeoutSec)
            : this(output, session, until, timeoutSec, new FollowSettings())
        {
        }

        internal CallWaiter(ICommandOutput output, GenesysSession session, OutboundCallCondition until, int? timeoutSec,
            FollowSettings settings)
        {
            _output = output;
            _session = session;
            _until = until;
            _timeoutSec = timeoutSec;
            settings.UntilAnswered = until == OutboundCallCondition.Answered;
            settings.Timeout = timeoutSec is > 0 ? TimeSpan.FromSeconds(timeoutSec.Value) : (TimeSpan?)null;
            _follower = new CallFollower(session, new OutputApiLog(new QueuedOutput(this)), settings);
            _callbacks = new CallbackGate(session, new OutputApiLog(new QueuedOutput(this)), settings);
            _timeout = settings.Timeout;
            _watching = ConnectedOrg.Of(session).Handoff.Register(_follower);
            _progress = new ProgressReporter(output, ProgressActivity.WaitingForCalls,
                "Waiting for calls to be " + (until == OutboundCallCondition.Answered ? "answered" : "ended"));
        }

        /// <summary>Notification channels opened so far (0 when polling).</summary>
        public int ChannelCount => _follower.ChannelCount;

        /// <summary>Starts following the call and writes whatever has finished meanwhile; never waits for this call.</summary>
        public override Task ProcessAsync(CallInput input, CancellationToken cancellationToken)
        {
            if (!input.IsValidId)
            {
                _output.WriteError(input.InvalidId());
                return Task.CompletedTask;
            }

            if (!_started)
            {
                _started = true;
                _follower.Start();
            }

            _added++;
            if (input.IsCallback) _callbacks.Add(input, _timeout is { } timeout ? DateTimeOffset.UtcNow + timeout : (DateTimeOffset?)null);
            else _follower.Add(input.InitialStatus(_session));
            Drain();
            return Task.CompletedTask;
        }

        /// <summary>Waits for every call added, writing each as it finishes.</summary>
        public override async Task CompleteAsync(CancellationToken cancellationToken)
        {
            try
            {
                await WaitAllAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await StopAsync().ConfigureAwait(false);
            }
        }

        /// <summary>Ends every socket, read and poll without waiting for them (Ctrl+C, a stop between records).</summary>
        public override void Stop() => StopAsync().ContinueWith(stop => _ = stop.Exception, TaskScheduler.Default);

        private async Task WaitAllAsync(CancellationToken cancellationToken)
        {
            while (_started && (_follower.Pending > 0 || _callbacks.Pending > 0))
            {
                await _follower.WaitAsync(ProgressTick, cancellationToken).ConfigureAwait(false);
                Drain();
                if (_added > 1) _progress.Report(_finished, _added, _finished + " of " + _added + " calls done");
            }

            Drain();
            _progress.Complete();
        }

        public async Task StopAsync()
        {
            if (Interlocked.Exchange(ref _stopped, 1) == 1) return;
            _watching.Dispose();
            await _callbacks.StopAsync().ConfigureAwait(false);
            await _follower.StopAsync().ConfigureAwait(false);
        }

        private void Drain()
        {
            while (_follower.TryTakeMessage(out var message)) _output.WriteVerbose(message);
            while (_callbacks.TryTake(out var handoff)) HandOver(handoff);
            while (_follower.TryTake(out var report))
            {
                _finished++;
                Write(report);
            }
        }

        /// <summary>A dialled callback is followed as its agent's call; one that ended, timed out or failed first is its error.</summary>
        private void HandOver(CallbackHandoff handoff)
        {
            var input = handoff.Input;
            if (handoff.Dialled)
            {
                var seen = handoff.Snapshot!;
                _dialled[input.ConversationId] = (input, seen);
                // Dialled before its agent's topic can have been subscribed (it may have ended already): never wait for events alone.
                _follower.Add(OutboundCallStatus.Initial(input.ConversationId, null, seen.AgentId), handoff.Deadline,
                    seen.DialledAt ?? DateTimeOffset.UtcNow - LongAgo);
                return;
            }

            _finished++;
            if (handoff.Failure != null)
            {
                var target = handoff.Snapshot is { } read ? CallbackStatuses.Of(input, read, null) : input.Target;
                _output.WriteError(handoff.Failure is Http.GenesysApiException api
                    ? ApiErrors.From(api, target, "Could not follow callback " + input.ConversationId)
                    : new CommandError(Problems.Service.Failed, target, handoff.Failure.Message, handoff.Failure));
                return;
            }

            var status = handoff.Snapshot is { } last ? CallbackStatuses.Of(input, last, null) : CallbackStatuses.FromInput(input);
            if (handoff.TimedOut)
            {
                _output.WriteError(new CommandError(Problems.Timeout, status, "Callback " + input.ConversationId
                    + " (" + status.Destination + ") was not dialled by an agent within " + _timeoutSec?.ToString(CultureInfo.InvariantCulture)
                    + " s; last known state: " + status.State + ".")
                {
                    RecommendedAction = "Wait longer with -TimeoutSec, or cancel it with Stop-OutboundCallback "
                        + "(the error's TargetObject is its status).",
                });
            }
            else
            {
                _output.WriteError(new CommandError(Problems.CallbackCancelled, status,
                    "Callback " + input.ConversationId + " (" + status.Destination + ") ended before any agent dialled it."));
            }
        }

        /// <summary>A callback's report is its OutboundCallbackStatus, as Get-OutboundCallback writes it; a call's its OutboundCallStatus.</summary>
        private object Reported(OutboundCallStatus status)
        {
            if (!_dialled.TryGetValue(status.ConversationId, out var callback)) return status;
            _dialled.Remove(status.ConversationId);
            return CallbackStatuses.Of(callback.Input, callback.Read, status);
        }

        private void Write(FollowReport report)
        {
            var status = report.Status;
            var target = Reported(status);
            switch (report.Result)
            {
                case FollowResult.Reached:
                    _output.WriteObject(target);
                    break;
                case FollowResult.EndedUnanswered:
                    _output.WriteError(new CommandError(Problems.NotAnswered, target,
                        "Conversation " + status.ConversationId + " ended without being answered (" + status.Outcome + ")."));
                    break;
                case FollowResult.TimedOut:
                    _output.WriteError(new CommandError(Problems.Timeout, target,
                        "Conversation " + status.ConversationId + " was not " + (_until == OutboundCallCondition.Answered ? "answered" : "ended")
                            + " within " +
                        _timeoutSec?.ToString(CultureInfo.InvariantCulture) + " s; last known state: " + status.State + ".")
                    {
                        RecommendedAction = "Wait longer with -TimeoutSec, or hang it up with Stop-OutboundCall (the error's TargetObject is its "
                            + "status).",
                    });
                    break;
                default:
                    _output.WriteError(report.Failure is Http.GenesysApiException api
                        ? ApiErrors.From(api, target, "Could not follow conversation " + status.ConversationId)
                        : new CommandError(Problems.Service.Failed, target, report.Failure?.Message ?? "Following failed."));
                    break;
            }
        }

        /// <summary>Request tracing from background reads goes through the follower's message queue, never straight to the host.</summary>
        private sealed class QueuedOutput : ICommandOutput
        {
            private readonly CallWaiter _owner;

            public QueuedOutput(CallWaiter owner) => _owner = owner;

            public void WriteVerbose(string message) => _owner._follower.Say(message);

            public void WriteDebug(string message)
            {
            }

            public void WriteObject(object value) => throw new InvalidOperationException();

            public void WriteError(CommandError error) => throw new InvalidOperationException();

            public bool ShouldProcess(string target, string action) => throw new InvalidOperationException();

            public void WriteProgress(ProgressUpdate progress) => throw new InvalidOperationException();

            public void WriteWarning(string message) => _owner._follower.Say(message);
        }
    }
}
