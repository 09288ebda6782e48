using System;

namespace GenesysCalls.Core.Calls
{
    /// <summary>A row's value that cannot become its field (Attributes that are not a map of text); the message says why.</summary>
    internal sealed class InvalidRowValueException : Exception
    {
        public InvalidRowValueException(string message)
            : base(message)
        {
        }
    }
}
