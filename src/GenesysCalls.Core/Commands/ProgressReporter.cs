using System;
using System.Diagnostics;

namespace GenesysCalls.Core.Commands
{
    /// <summary>One progress bar, updated at most every interval, completed only if it was ever shown.</summary>
    internal sealed class ProgressReporter
    {
        private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
        private readonly ICommandOutput _output;
        private readonly int _activityId;
        private readonly string _activity;
        private readonly Stopwatch _sinceLast = new Stopwatch();
        private bool _shown;

        public ProgressReporter(ICommandOutput output, int activityId, string activity)
        {
            _output = output;
            _activityId = activityId;
            _activity = activity;
        }

        /// <param name="force">Show it even within the interval (the end of a window: the count is exact there).</param>
        public void Report(int done, int? total, string status, bool force = false)
        {
            if (!force && _shown && _sinceLast.IsRunning && _sinceLast.Elapsed < Interval) return;
            var percent = total is > 0 ? Math.Min(100, done * 100 / total.Value) : -1;
            _output.WriteProgress(new ProgressUpdate(_activityId, _activity, status, percent));
            _shown = true;
            _sinceLast.Restart();
        }

        public void Complete()
        {
            if (!_shown) return;
            _output.WriteProgress(new ProgressUpdate(_activityId, _activity, "Done", 100, completed: true));
        }
    }

    /// <summary>Each command's progress activity id: distinct, so two commands in one pipeline show two bars.</summary>
    internal static class ProgressActivity
    {
        public const int CheckingAgents = 0x6A1;
        public const int PlacingCalls = 0x6A2;
        public const int WaitingForCalls = 0x6A3;
        public const int AddingContacts = 0x6A4;
        public const int CreatingCallbacks = 0x6A5;
    }
}
