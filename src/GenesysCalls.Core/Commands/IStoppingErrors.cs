namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// An output that can tell whether writing an error ends the command (-ErrorAction Stop): a command that holds outcomes back
    /// (a batch) then sends what came before the error first, so exactly the items before it are done and nothing after.
    /// </summary>
    internal interface IStoppingErrors
    {
        bool ErrorStopsCommand { get; }
    }
}
