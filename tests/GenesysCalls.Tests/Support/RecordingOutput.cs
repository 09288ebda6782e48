using GenesysCalls.Core.Commands;

namespace GenesysCalls.Tests.Support
{
    /// <summary>An ICommandOutput that keeps everything a command says, in order; given the cmdlet it plays, it names errors as the host does.</summary>
    internal sealed class RecordingOutput : ICommandOutput
    {
        private readonly object _gate = new();
        private string? _cmdlet;

        /// <param name="cmdlet">The cmdlet (Verb-Noun) whose core operation writes here: errors get its ids (ErrorIds), and a problem the table
        /// does not list for it fails the test.</param>
        public RecordingOutput(string? cmdlet = null)
        {
            Cmdlet = cmdlet;
        }

        public string? Cmdlet
        {
            get => _cmdlet;
            set => _cmdlet = value == null || Problems.All.Any(p => p.IsRaisedBy(value)) ? value
                : throw new ArgumentException("No problem names " + value + ".");
        }

        public List<object> Objects { get; } = new();
        public List<CommandError> Errors { get; } = new();
        public List<(string Target, string Action)> ShouldProcessCalls { get; } = new();
        public List<ProgressUpdate> Progress { get; } = new();
        public List<string> Verbose { get; } = new();
        public List<string> Debug { get; } = new();
        public List<string> Warnings { get; } = new();

        /// <summary>Objects and errors in the order they were written.</summary>
        public List<object> Events { get; } = new();

        /// <summary>What ShouldProcess answers (false plays -WhatIf).</summary>
        public bool Confirm { get; set; } = true;

        /// <summary>Every text the command produced on any stream, for secret scans.</summary>
        public string AllText()
        {
            lock (_gate)
            {
                return string.Join("\n", Objects.Select(o => o.ToString()).Concat(Errors.Select(e => e.ToString() + " " + e.Details + " " + e.Exception))
                    .Concat(Verbose).Concat(Debug).Concat(Warnings).Concat(ShouldProcessCalls.Select(c => c.Target + " " + c.Action)));
            }
        }

        public void WriteObject(object value) { lock (_gate) { Objects.Add(value); Events.Add(value); } }
        public void WriteError(CommandError error)
        {
            lock (_gate)
            {
                Errors.Add(error);
                Events.Add(error);
                if (_cmdlet == null) return;
                // What the host refuses under GENESYSCALLS_CHECK_PROBLEMS: a problem the table does not list for this cmdlet.
                error.IdAs(_cmdlet);
                ErrorIds.Remember(error, _cmdlet);
            }
        }
        public bool ShouldProcess(string target, string action) { lock (_gate) ShouldProcessCalls.Add((target, action)); return Confirm; }
        public void WriteProgress(ProgressUpdate progress) { lock (_gate) Progress.Add(progress); }
        public void WriteVerbose(string message) { lock (_gate) Verbose.Add(message); }
        public void WriteDebug(string message) { lock (_gate) Debug.Add(message); }
        public void WriteWarning(string message) { lock (_gate) Warnings.Add(message); }
    }
}
