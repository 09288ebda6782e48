namespace GenesysCalls.Core.Calls
{
    /// <summary>
    /// The one way a call's Destination is written (OutboundCall, OutboundCallStatus), so the same call reads the same whether the
    /// request that placed it or the conversation's remote leg tells it.
    /// </summary>
    internal static class DestinationText
    {
        public static string Phone(string number) => "phone " + number;

        public static string User(string userId) => "user " + userId;

        public static string Queue(string queueId) => "queue " + queueId;

        /// <summary>The remote leg's destination: a user's leg by its user, else its address (a tel: URI as the number it holds).</summary>
        public static string? OfLeg(string? userId, string? address)
        {
            if (!string.IsNullOrEmpty(userId)) return User(userId!);
            if (string.IsNullOrEmpty(address)) return null;
            return Phone(address!.StartsWith("tel:", System.StringComparison.OrdinalIgnoreCase) ? address.Substring(4) : address);
        }
    }
}
