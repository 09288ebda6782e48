namespace GenesysCalls.Core.Commands
{
    /// <summary>One agent given to Test-AgentPresence: a user id or an email, with the row it came on; or a row that names none.</summary>
    internal sealed class PresenceInput
    {
        private PresenceInput(string value, bool isEmail, object? row, string? problem)
        {
            Value = value;
            IsEmail = isEmail;
            Row = row;
            Problem = problem;
        }

        public string Value { get; }

        public bool IsEmail { get; }

        /// <summary>The pipeline object the id came on (a CSV row), carried into the output and errors; null for plain ids.</summary>
        public object? Row { get; }

        /// <summary>Why the row names no agent (it could not be read), written as its error in input order.</summary>
        public string? Problem { get; }

        public static PresenceInput ForUserId(string userId, object? row = null) => new PresenceInput(userId ?? string.Empty, false, row, null);

        public static PresenceInput ForEmail(string email, object? row = null) => new PresenceInput(email ?? string.Empty, true, row, null);

        public static PresenceInput Unreadable(object row, string problem) => new PresenceInput(string.Empty, false, row, problem);
    }
}
