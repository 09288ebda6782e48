namespace GenesysCalls.Core.Commands
{
    internal sealed class ProgressUpdate
    {
        public ProgressUpdate(int activityId, string activity, string status, int percentComplete, bool completed = false)
        {
            ActivityId = activityId;
            Activity = activity;
            Status = status;
            PercentComplete = percentComplete;
            Completed = completed;
        }

        public int ActivityId { get; }

        public string Activity { get; }

        public string Status { get; }

        /// <summary>0-100, or -1 when unknown.</summary>
        public int PercentComplete { get; }

        public bool Completed { get; }
    }
}
