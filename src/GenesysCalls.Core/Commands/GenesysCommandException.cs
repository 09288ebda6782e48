using System;

namespace GenesysCalls.Core.Commands
{
    /// <summary>The exception behind a CommandError that did not come from another exception.</summary>
    internal class GenesysCommandException : Exception
    {
        public GenesysCommandException(string message)
            : base(message)
        {
        }

        public GenesysCommandException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }

    /// <summary>Thrown by a command for errors that end the whole command (bad arguments or state); the cmdlet turns it into
    /// ThrowTerminatingError.</summary>
    internal sealed class CommandTerminatingException : GenesysCommandException
    {
        public CommandTerminatingException(CommandError error)
            : base(error.Message, error.Exception)
        {
            Error = error;
        }

        public CommandError Error { get; }
    }
}
