using System;
using System.Management.Automation;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Cmdlets.Hosting
{
    internal static class ErrorRecords
    {
        public static ErrorRecord From(CommandError error)
        {
            var record = new ErrorRecord(error.Exception, error.ErrorId, Category(error.Category), error.TargetObject);
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
