using System.Collections.Concurrent;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Outcomes;

namespace GenesysCalls.Benchmarks;

/// <summary>Keeps each status and error a command writes with the moment it was written (for latency against the emulator's clock).</summary>
internal sealed class TimedOutput : ICommandOutput
{
    public ConcurrentQueue<(OutboundCallStatus Status, DateTimeOffset At)> Statuses { get; } = new();
    public ConcurrentQueue<(CommandError Error, DateTimeOffset At)> Errors { get; } = new();
    public ConcurrentQueue<string> Verbose { get; } = new();

    public void WriteObject(object value) => Statuses.Enqueue(((OutboundCallStatus)value, DateTimeOffset.UtcNow));
    public void WriteError(CommandError error) => Errors.Enqueue((error, DateTimeOffset.UtcNow));
    public bool ShouldProcess(string target, string action) => true;
    public void WriteProgress(ProgressUpdate progress) { }
    public void WriteVerbose(string message) => Verbose.Enqueue(message);
    public void WriteDebug(string message) { }
    public void WriteWarning(string message) => Verbose.Enqueue(message);

    /// <summary>Conversation ids written more than once (as a status or an error): must be none.</summary>
    public int ReportedTwice() =>
        Statuses.Select(s => s.Status.ConversationId).Concat(Errors.Select(e => (e.Error.TargetObject as OutboundCallStatus)?.ConversationId ?? "?"))
            .GroupBy(id => id).Count(g => g.Count() > 1);
}
