using System;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;

namespace GenesysCalls.Core.Outcomes
{
    internal sealed partial class CallFollower
    {
        /// <summary>One GET of the call (first read, re-sync, poll), or of its details once it has ended; paced and bounded.</summary>
        private async Task ReadAsync(FollowedCall call, string why)
        {
            var token = _stop.Token;
            var details = why == "details";
            try
            {
                await _pacer.WaitAsync(token).ConfigureAwait(false);
                await _readGate.WaitAsync(token).ConfigureAwait(false);
                try
                {
                    if (call.Done) return;
                    var snapshot = details
                        ? await _reader.ReadDetailsAsync(call.ConversationId, token).ConfigureAwait(false)
                        : await _reader.ReadCallAsync(call.ConversationId, token).ConfigureAwait(false);
                    _pacer.Succeeded();
                    lock (_gate) Apply(call, snapshot);
                }
                finally
                {
                    _readGate.Release();
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
            }
            catch (GenesysApiException ex) when (ex.StatusCode == 429)
            {
                _pacer.Penalize();
                Say("Rate limited while following calls; reading at most " + Math.Round(_pacer.RatePerMinute) + " per minute now.");
            }
            catch (GenesysApiException ex) when (details)
            {
                Say("No disconnect reasons for " + call.ConversationId + " (" + ex.Message + "); reporting without Q.850/SIP codes.");
                lock (_gate)
                {
                    call.DetailsUnavailable = true;
                    Evaluate(call);
                }
            }
            catch (GenesysApiException ex) when (ex.StatusCode == 404 || ex.StatusCode == 403 || ex.StatusCode == 401 || ex.StatusCode == 400)
            {
                lock (_gate)
                {
                    if (!call.Done) Report(call, FollowResult.Failed, ex);
                }
            }
            catch (GenesysApiException ex)
            {
                Say("Reading " + call.ConversationId + " failed (" + ex.Message + "); trying again later.");
                if (call.Mode != FollowMode.Polled) _poller.Add(call);
            }
        }

        /// <summary>Under the lock: fold a snapshot into the call, then see whether it is done.</summary>
        private void Apply(FollowedCall call, CallSnapshot snapshot)
        {
            if (call.Done) return;
            call.Status = CallStatusReducer.Reduce(call.Status, snapshot);
            call.LastObservedAt = DateTimeOffset.UtcNow;
            HeardAlive(call);
            Evaluate(call);
        }

        private void Evaluate(FollowedCall call)
        {
            if (call.Done) return;
            var status = call.Status;
            if (_settings.UntilAnswered && status.IsAnswered)
            {
                Report(call, FollowResult.Reached);
                return;
            }

            if (status.StateValue != OutboundCallState.Ended) return;
            if (!status.HasDisconnectReasons && !call.DetailsUnavailable)
            {
                if (call.DetailsRequested) return;
                call.DetailsRequested = true;
                AskInBulk(call, late: false);
                return;
            }

            Report(call, _settings.UntilAnswered ? FollowResult.EndedUnanswered : FollowResult.Reached);
        }

        private void Report(FollowedCall call, FollowResult result, Exception? failure = null)
        {
            call.Done = true;
            _reports.Enqueue(new FollowReport(call.Status, result, failure));
            Interlocked.Decrement(ref _pending);
            _reported.Release();
        }
    }
}
