namespace GenesysCalls.Core.Commands
{
    /// <summary>The kinds of error the core raises; the cmdlets map each to a PowerShell ErrorCategory (Hosting/ErrorRecords).</summary>
    internal enum ErrorKind
    {
        NotSpecified,
        InvalidArgument,
        InvalidData,
        InvalidOperation,
        ObjectNotFound,
        OperationStopped,
        OperationTimeout,
        PermissionDenied,
        ReadError,
        SecurityError,
        ConnectionError,
        AuthenticationError,
        LimitsExceeded,
        ResourceUnavailable,
        NotEnabled,
    }
}
