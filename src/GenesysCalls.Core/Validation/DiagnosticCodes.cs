namespace GenesysCalls.Core.Validation
{
    /// <summary>Genesys error codes (from x-inin-error-codes) where the service has one; genesyscalls.* where it does not.</summary>
    internal static class DiagnosticCodes
    {
        public const string InvalidProperty = "invalid.property";
        public const string InvalidValue = "invalid.value";
        public const string BadRequest = "bad.request";
        public const string TooLarge = "request.entity.too.large";
        public const string TooManyDestinations = "too.many.create.conversation.parameters";
        public const string MissingDestination = "missing.create.conversation.destination.parameter";

        public const string TooDeep = "genesyscalls.json.too.deep";
        public const string InvalidEncoding = "genesyscalls.json.invalid.encoding";
        public const string DuplicateProperty = "genesyscalls.json.duplicate.property";
        public const string EmptyValue = "genesyscalls.value.empty";
        public const string UndialableNumber = "genesyscalls.phone.undialable";
        public const string NotE164 = "genesyscalls.phone.not.e164";
        public const string NotAGuid = "genesyscalls.id.not.guid";
        public const string QueueFieldsIgnored = "genesyscalls.queue.fields.ignored";
        public const string EmptyParticipant = "genesyscalls.participant.empty";
    }
}
