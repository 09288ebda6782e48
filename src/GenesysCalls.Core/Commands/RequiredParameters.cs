namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// A parameter the command cannot run without is checked here rather than made Mandatory: PowerShell would prompt for it
    /// (a scheduled script hangs) or fail the whole pipeline with its own id; this ends the command with one the help lists.
    /// </summary>
    internal static class RequiredParameters
    {
        /// <param name="fix">How to give it, for the error's recommended action.</param>
        public static void Require(bool given, string parameter, string fix)
        {
            if (given) return;
            throw new CommandTerminatingException(new CommandError(Problems.MissingParameter, null,
                "-" + parameter + " is required and was not given, so nothing was sent.")
            { RecommendedAction = fix });
        }
    }
}
