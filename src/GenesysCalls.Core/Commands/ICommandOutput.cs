namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// Everything a command may say to its caller. The PowerShell layer adapts it to WriteObject, WriteError,
    /// ShouldProcess, WriteProgress and the message streams; tests record it.
    /// </summary>
    internal interface ICommandOutput
    {
        void WriteObject(object value);

        void WriteError(CommandError error);

        bool ShouldProcess(string target, string action);

        void WriteProgress(ProgressUpdate progress);

        void WriteVerbose(string message);

        void WriteDebug(string message);

        void WriteWarning(string message);
    }
}
