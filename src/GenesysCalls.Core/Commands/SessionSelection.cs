namespace GenesysCalls.Core.Commands
{
    /// <summary>Which sessions Get-GenesysSession or Disconnect-GenesysOrg acts on: the current one, a given one, by name, or all.</summary>
    internal sealed class SessionSelection
    {
        private SessionSelection(GenesysSession? session, string? name, bool all, bool asSecureString)
        {
            Session = session;
            Name = name;
            All = all;
            AsSecureString = asSecureString;
        }

        /// <summary>A session object (Disconnect-GenesysOrg -Session); null with no name means the current one.</summary>
        public GenesysSession? Session { get; }

        /// <summary>A name or wildcard (Get-GenesysSession -Name).</summary>
        public string? Name { get; }

        public bool All { get; }

        /// <summary>Get-GenesysSession -AsSecureString: the session's token instead of the session.</summary>
        public bool AsSecureString { get; }

        public static SessionSelection Current(bool asSecureString = false) => new SessionSelection(null, null, false, asSecureString);

        public static SessionSelection Of(GenesysSession? session) => new SessionSelection(session, null, false, false);

        public static SessionSelection Named(string name, bool asSecureString = false) => new SessionSelection(null, name, false, asSecureString);

        public static SessionSelection Every() => new SessionSelection(null, null, true, false);
    }
}
