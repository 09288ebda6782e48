using System;

namespace GenesysCalls.Core.Commands
{
    /// <summary>An error record without PowerShell types: id, category, target, message, and what to do about it.</summary>
    internal sealed class CommandError
    {
        public CommandError(string errorId, ErrorKind category, object? targetObject, string message, Exception? exception = null)
        {
            ErrorId = errorId;
            Category = category;
            TargetObject = targetObject;
            Message = message;
            Exception = exception ?? new GenesysCommandException(message);
        }

        /// <summary>Stable id, &lt;CmdletName&gt;&lt;Problem&gt;.</summary>
        public string ErrorId { get; }

        public ErrorKind Category { get; }

        public object? TargetObject { get; }

        public string Message { get; }

        public Exception Exception { get; }

        /// <summary>The service's own words (ErrorDetails), when the error came from the API.</summary>
        public string? Details { get; set; }

        public string? RecommendedAction { get; set; }

        public override string ToString() => ErrorId + ": " + Message;
    }
}
