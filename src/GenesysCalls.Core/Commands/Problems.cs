using System.Collections.Generic;
using System.Linq;

namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// Every problem the module raises: its name (the id's suffix), kind, meaning, and the cmdlets that may raise it. The core raises
    /// these, never an id; the module builder writes the help's error lists from this table.
    /// </summary>
    internal static partial class Problems
    {
        private const string Connect = "Connect-GenesysOrg";
        private const string GetSession = "Get-GenesysSession";
        private const string TestPayload = "Test-CallPayload";
        private const string TestPresence = "Test-AgentPresence";
        private const string NewCall = "New-OutboundCall";
        private const string GetCall = "Get-OutboundCall";
        private const string WaitCall = "Wait-OutboundCall";
        private const string StopCall = "Stop-OutboundCall";
        private const string GetList = "Get-OutboundContactList";
        private const string AddContact = "Add-OutboundContact";
        private const string GetCampaign = "Get-OutboundCampaign";
        private const string StartCampaign = "Start-OutboundCampaign";
        private const string StopCampaign = "Stop-OutboundCampaign";
        private const string NewCallback = "New-OutboundCallback";
        private const string GetCallback = "Get-OutboundCallback";
        private const string SetCallback = "Set-OutboundCallback";
        private const string StopCallback = "Stop-OutboundCallback";

        /// <summary>The cmdlets that need a session (ConnectedCmdlet).</summary>
        private static readonly string[] Connected =
        {
            TestPresence, NewCall, GetCall, WaitCall, StopCall, GetList, AddContact, GetCampaign, StartCampaign, StopCampaign, NewCallback,
            GetCallback, SetCallback, StopCallback,
        };

        private static readonly string[] ByConversationId = { GetCall, WaitCall, StopCall, GetCallback, SetCallback, StopCallback };
        private static readonly string[] Campaigns = { StartCampaign, StopCampaign };

        /// <summary>Refusals of the service, for every cmdlet that talks to it.</summary>
        public static readonly ServiceProblems Service = new ServiceProblems(string.Empty, string.Empty, Connected.Append(Connect).ToArray(),
            changers: new[] { NewCall, WaitCall, StopCall, AddContact, StartCampaign, StopCampaign, NewCallback, SetCallback, StopCallback },
            alsoNotFound: new[] { GetSession });

        /// <summary>New-OutboundCall's reads of the agents before dialling.</summary>
        public static readonly ServiceProblems ReadinessCheck = new ServiceProblems("ReadinessCheck", "Checking the agents before dialling: ",
            new[] { NewCall }, changers: null);

        /// <summary>Get-OutboundCampaign -Progress's read of each campaign's progress.</summary>
        public static readonly ServiceProblems Progress = new ServiceProblems("Progress", "Reading a campaign's progress (-Progress): ",
            new[] { GetCampaign }, changers: null);

        public static readonly Problem NotConnected = new Problem("NotConnected", ErrorKind.InvalidOperation,
            "No session to use: not connected, or the -Session given was disconnected.", Connected);

        /// <summary>Get-GenesysSession's own: nothing to show (a non-terminating error, as for a name that matches nothing).</summary>
        public static readonly Problem NoSessionToShow = new Problem("NotConnected", ErrorKind.ObjectNotFound,
            "There is no current session, or the session holds no token right now.", new[] { GetSession });

        public static readonly Problem AuthenticationFailed = new Problem("AuthenticationFailed", ErrorKind.AuthenticationError,
            "The sign-in was refused: the client id, secret, token or grant is wrong.", new[] { Connect });

        public static readonly Problem MissingCredentials = new Problem("MissingCredentials", ErrorKind.InvalidArgument,
            "The credentials the chosen sign-in flow needs were not given.", new[] { Connect });

        public static readonly Problem InvalidAccessToken = new Problem("InvalidAccessToken", ErrorKind.InvalidArgument,
            "-AccessToken is not a token (it holds spaces, a header name or quotes).", new[] { Connect });

        public static readonly Problem InvalidTarget = new Problem("InvalidTarget", ErrorKind.InvalidArgument,
            "-Region or -BaseUri does not name a Genesys Cloud API.", new[] { Connect });

        public static readonly Problem FileNotFound = new Problem("FileNotFound", ErrorKind.ObjectNotFound,
            "No file at the path given.", new[] { TestPayload });

        public static readonly Problem FileUnreadable = new Problem("FileUnreadable", ErrorKind.ReadError,
            "The file exists but could not be read.", new[] { TestPayload });

        public static readonly Problem PathIsFolder = new Problem("PathIsFolder", ErrorKind.InvalidArgument,
            "The path names a folder, not a file.", new[] { TestPayload });

        public static readonly Problem InputObjectUnusable = new Problem("InputObjectUnusable", ErrorKind.InvalidData,
            "The piped object cannot be turned into a request body to check.", new[] { TestPayload });

        public static readonly Problem InvalidUserId = new Problem("InvalidUserId", ErrorKind.InvalidArgument,
            "The value is not a user id (a GUID).", new[] { TestPresence });

        public static readonly Problem InvalidEmail = new Problem("InvalidEmail", ErrorKind.InvalidArgument,
            "The value is not an email address.", new[] { TestPresence });

        public static readonly Problem UserNotFound = new Problem("UserNotFound", ErrorKind.ObjectNotFound,
            "No user has that id or email.", new[] { TestPresence });

        public static readonly Problem InvalidInput = new Problem("InvalidInput", ErrorKind.InvalidArgument,
            "A piped row could not be read into the cmdlet's parameters; nothing was sent for it.", new[] { TestPresence, NewCall, NewCallback });

        public static readonly Problem InvalidRequest = new Problem("InvalidRequest", ErrorKind.InvalidArgument,
            "The request breaks a rule the API definition states; not sent.", new[] { NewCall, NewCallback });

        public static readonly Problem RequestHasWarnings = new Problem("RequestHasWarnings", ErrorKind.InvalidData,
            "The request breaks a rule of the module's judgement; held unless -Force.", new[] { NewCall, NewCallback, SetCallback });

        public static readonly Problem UserContextRequired = new Problem("UserContextRequired", ErrorKind.InvalidOperation,
            "A client-credentials session must place the call on behalf of an agent (-OnBehalfOf).", new[] { NewCall });

        /// <summary>Stop-OutboundCall's own: the service lets only a user hang up.</summary>
        public static readonly Problem HangUpNeedsUser = new Problem("UserContextRequired", ErrorKind.PermissionDenied,
            "Hanging up needs a user's session (the service refuses client credentials).", new[] { StopCall });

        public static readonly Problem InvalidOnBehalfOf = new Problem("InvalidOnBehalfOf", ErrorKind.InvalidArgument,
            "-OnBehalfOf is not a user id (a GUID).", new[] { NewCall });

        public static readonly Problem InvalidAttributes = new Problem("InvalidAttributes", ErrorKind.InvalidArgument,
            "Attributes is not a flat JSON object or hashtable of text values.", new[] { NewCall });

        public static readonly Problem AgentNotFound = new Problem("AgentNotFound", ErrorKind.ObjectNotFound,
            "The agent the call is placed for does not exist.", new[] { NewCall });

        public static readonly Problem AgentInactive = new Problem("AgentInactive", ErrorKind.InvalidOperation,
            "The agent is inactive or deleted; not sent.", new[] { NewCall });

        public static readonly Problem AgentHasNoStation = new Problem("AgentHasNoStation", ErrorKind.InvalidOperation,
            "The agent has no station to ring; not sent.", new[] { NewCall });

        public static readonly Problem InvalidConversationId = new Problem("InvalidConversationId", ErrorKind.InvalidArgument,
            "The value is not a conversation id (a GUID); nothing was requested for it.", ByConversationId);

        public static readonly Problem Timeout = new Problem("Timeout", ErrorKind.OperationTimeout,
            "The call or callback did not reach the condition within -TimeoutSec; the error's target is its last status.", new[] { WaitCall });

        public static readonly Problem NotAnswered = new Problem("NotAnswered", ErrorKind.OperationStopped,
            "The call ended without being answered.", new[] { WaitCall });

        public static readonly Problem CallbackCancelled = new Problem("CallbackCancelled", ErrorKind.OperationStopped,
            "The callback ended before any agent dialled it.", new[] { WaitCall });

        public static readonly Problem ScopeMissing = new Problem("ScopeMissing", ErrorKind.PermissionDenied,
            "The OAuth client lacks the scope that hanging up needs.", new[] { StopCall });

        public static readonly Problem PermissionDenied = new Problem("PermissionDenied", ErrorKind.PermissionDenied,
            "The user may not hang up this conversation.", new[] { StopCall });

        public static readonly Problem InvalidId = new Problem("InvalidId", ErrorKind.InvalidArgument,
            "The value is not an id (a GUID); nothing was requested for it.", new[] { GetList, GetCampaign, StartCampaign, StopCampaign });

        public static readonly Problem NothingToChange = new Problem("NothingToChange", ErrorKind.InvalidArgument,
            "Neither a new time nor a new queue was given.", new[] { SetCallback });

        public static readonly Problem AlreadyTriggered = new Problem("AlreadyTriggered", ErrorKind.ResourceUnavailable,
            "The callback has already been dialled, so it can no longer be rescheduled.", new[] { SetCallback });

        public static readonly Problem InvalidValue = new Problem("InvalidValue", ErrorKind.InvalidArgument,
            "A value cannot become its field (a time that is not a time, a row that is not an object); not sent.",
            new[] { AddContact, NewCallback, SetCallback });

        public static readonly Problem MissingParameter = new Problem("MissingParameter", ErrorKind.InvalidArgument,
            "A parameter the command needs was not given (it never prompts); nothing was sent.",
            new[] { AddContact, StartCampaign, StopCampaign, SetCallback });

        private static IReadOnlyList<Problem>? _all;

        /// <summary>Every problem, each once: the one list the help is generated from.</summary>
        public static IReadOnlyList<Problem> All => _all ??= Service.All.Concat(ReadinessCheck.All).Concat(Progress.All)
            .Concat(typeof(Problems).GetFields().Where(f => f.FieldType == typeof(Problem)).Select(f => (Problem)f.GetValue(null)!))
            .ToArray();

        /// <summary>The problems <paramref name="cmdlet"/> (Verb-Noun) may raise, by name.</summary>
        public static IReadOnlyList<Problem> For(string cmdlet) =>
            All.Where(p => p.IsRaisedBy(cmdlet)).OrderBy(p => p.Name, System.StringComparer.Ordinal).ToList();
    }
}
