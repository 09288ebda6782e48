using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    internal static class SessionResolver
    {
        /// <summary>The -Session given, else the current one; a terminating NotConnected error when there is neither.</summary>
        public static GenesysSession Resolve(GenesysSession? explicitSession, SessionRegistry registry)
        {
            var session = explicitSession ?? registry.Current;
            if (session == null || !session.IsConnected)
            {
                throw new CommandTerminatingException(new CommandError(Problems.NotConnected, explicitSession,
                    explicitSession == null
                        ? "Not connected to Genesys Cloud. Run Connect-GenesysOrg first, or pass -Session."
                        : "The session '" + explicitSession.Name + "' was disconnected. Connect again with Connect-GenesysOrg -PassThru.")
                {
                    RecommendedAction = "Connect-GenesysOrg -Region <region> -ClientId <id> -ClientSecret <secret>",
                });
            }

            return session;
        }
    }
}
