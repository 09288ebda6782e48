namespace GenesysCalls.Core.Commands
{
    /// <summary>The ErrorCategory values this module uses, by the same names (a contract test keeps them in step).</summary>
    public enum ErrorKind
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
