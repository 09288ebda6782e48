using System;
using System.Management.Automation;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets.Hosting
{
    internal static class ErrorRecords
    {
        /// <summary>Set to 1 by the test suites: a problem raised by a cmdlet its table entry does not name then fails the command.</summary>
        internal const string CheckVariable = "GENESYSCALLS_CHECK_PROBLEMS";

        public static ErrorRecord From(CommandError error, PSCmdlet cmdlet)
        {
            var record = new ErrorRecord(error.Exception, Id(error.Problem, cmdlet.MyInvocation.MyCommand.Name), Category(error.Category),
                error.TargetObject);
            // The message is the module's words; when it wraps a service exception, that exception's own text must not replace it.
            if (error.Details != null || error.RecommendedAction != null || error.Message != error.Exception.Message)
            {
                record.ErrorDetails = new ErrorDetails(error.Details ?? error.Message)
                {
                    RecommendedAction = error.RecommendedAction ?? string.Empty,
                };
            }

            return record;
        }

        /// <summary>The one place an id is made: the running cmdlet's name (Verb-Noun) without its hyphen, then the problem's name.</summary>
        public static string Id(Problem problem, string cmdlet)
        {
            if (!problem.IsRaisedBy(cmdlet) && Environment.GetEnvironmentVariable(CheckVariable) == "1")
            {
                throw new InvalidOperationException(cmdlet + " raised " + problem.Name + ", which the problem table (Core/Commands/Problems) "
                    + "does not list for it: add it to the entry's cmdlets, or raise another problem.");
            }

            return problem.IdFor(cmdlet);
        }

        /// <summary>The core cannot reference PowerShell, so its kinds are mapped here, one by one.</summary>
        public static ErrorCategory Category(ErrorKind kind) => kind switch
        {
            ErrorKind.NotSpecified => ErrorCategory.NotSpecified,
            ErrorKind.InvalidArgument => ErrorCategory.InvalidArgument,
            ErrorKind.InvalidData => ErrorCategory.InvalidData,
            ErrorKind.InvalidOperation => ErrorCategory.InvalidOperation,
            ErrorKind.ObjectNotFound => ErrorCategory.ObjectNotFound,
            ErrorKind.OperationStopped => ErrorCategory.OperationStopped,
            ErrorKind.OperationTimeout => ErrorCategory.OperationTimeout,
            ErrorKind.PermissionDenied => ErrorCategory.PermissionDenied,
            ErrorKind.ReadError => ErrorCategory.ReadError,
            ErrorKind.SecurityError => ErrorCategory.SecurityError,
            ErrorKind.ConnectionError => ErrorCategory.ConnectionError,
            ErrorKind.AuthenticationError => ErrorCategory.AuthenticationError,
            ErrorKind.LimitsExceeded => ErrorCategory.LimitsExceeded,
            ErrorKind.ResourceUnavailable => ErrorCategory.ResourceUnavailable,
            ErrorKind.NotEnabled => ErrorCategory.NotEnabled,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An ErrorKind without an ErrorCategory."),
        };
    }
}
