using System;

namespace GenesysCalls.Core.Commands
{
    /// <summary>An error record without PowerShell types: the problem, target, message, and what to do about it. The host makes the id
    /// (&lt;Cmdlet&gt;&lt;Problem&gt;) from the running cmdlet.</summary>
    internal sealed class CommandError
    {
        public CommandError(Problem problem, object? targetObject, string message, Exception? exception = null)
        {
            Problem = problem;
            TargetObject = targetObject;
            Message = message;
            Exception = exception ?? new GenesysCommandException(message);
        }

        /// <summary>The entry of <see cref="Problems"/>: the id's suffix and the kind.</summary>
        public Problem Problem { get; }

        public ErrorKind Category => Problem.Kind;

        public object? TargetObject { get; }

        public string Message { get; }

        public Exception Exception { get; }

        /// <summary>The service's own words (ErrorDetails), when the error came from the API.</summary>
        public string? Details { get; set; }

        public string? RecommendedAction { get; set; }

        public override string ToString() => Problem.Name + ": " + Message;
    }
}
