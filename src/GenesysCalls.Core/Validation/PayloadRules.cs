namespace GenesysCalls.Core.Validation
{
    /// <summary>Where a rule comes from, which decides what breaking it is.</summary>
    internal enum RuleSource
    {
        /// <summary>The API definition (genesys-calls-openapi.yml) states it: breaking it is an error.</summary>
        Definition,

        /// <summary>Our own judgement of what is probably a mistake: a warning, sent with -Force.</summary>
        Judgement,
    }

    internal sealed class PayloadRule
    {
        public PayloadRule(string code, RuleSource source, string basis)
        {
            Code = code;
            Source = source;
            Basis = basis;
        }

        public string Code { get; }

        public RuleSource Source { get; }

        /// <summary>Where the definition states it, or why we judge so (about_GenesysCalls tells users the same).</summary>
        public string Basis { get; }

        public DiagnosticSeverity Severity => Source == RuleSource.Judgement ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
    }

    /// <summary>Every rule the walker applies to a CreateCallRequest, each with its source.</summary>
    internal static class PayloadRules
    {
        public static readonly PayloadRule UnknownProperty = new PayloadRule(DiagnosticCodes.InvalidProperty, RuleSource.Definition,
            "#/definitions/CreateCallRequest and Destination list their properties; POST /calls lists invalid.property");

        public static readonly PayloadRule WrongType = new PayloadRule(DiagnosticCodes.InvalidValue, RuleSource.Definition,
            "each property's type in the definition; POST /calls lists invalid.value");

        public static readonly PayloadRule MissingDestination = new PayloadRule(DiagnosticCodes.MissingDestination, RuleSource.Definition,
            "x-inin-error-codes of POST /calls");

        public static readonly PayloadRule TooManyDestinations = new PayloadRule(DiagnosticCodes.TooManyDestinations, RuleSource.Definition,
            "x-inin-error-codes of POST /calls");

        public static readonly PayloadRule NotAGuid = new PayloadRule(DiagnosticCodes.NotAGuid, RuleSource.Judgement,
            "ids are plain strings in the definition and POST /calls lists no invalid.id; a name or email where an id belongs is a common slip");

        public static readonly PayloadRule BlankNumber = new PayloadRule(DiagnosticCodes.EmptyValue, RuleSource.Judgement,
            "an empty string is a string, but there is nothing to dial");

        public static readonly PayloadRule Undialable = new PayloadRule(DiagnosticCodes.UndialableNumber, RuleSource.Judgement,
            "numbers are plain strings in the definition; a character no keypad has is usually a typo, though post-dial digits may be meant");

        public static readonly PayloadRule NotE164 = new PayloadRule(DiagnosticCodes.NotE164, RuleSource.Judgement,
            "a number without + and country code dials only if the site's number plan accepts it");

        public static readonly PayloadRule EmptyParticipant = new PayloadRule(DiagnosticCodes.EmptyParticipant, RuleSource.Judgement,
            "no Destination field is required, but a participant without address, userId or queueId has nothing to call");

        public static readonly PayloadRule QueueFieldsIgnored = new PayloadRule(DiagnosticCodes.QueueFieldsIgnored, RuleSource.Judgement,
            "the definition says these fields apply \"(if calling a queue)\"; sent without callQueueId they do nothing");

        public static readonly PayloadRule DuplicateProperty = new PayloadRule(DiagnosticCodes.DuplicateProperty, RuleSource.Judgement,
            "JSON does not say which of two equal names counts");

        public static readonly PayloadRule[] All =
        {
            UnknownProperty, WrongType, MissingDestination, TooManyDestinations, NotAGuid, BlankNumber, Undialable, NotE164, EmptyParticipant,
            QueueFieldsIgnored, DuplicateProperty,
        };
    }
}
