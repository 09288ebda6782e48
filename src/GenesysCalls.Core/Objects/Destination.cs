
namespace GenesysCalls
{
    /// <summary>#/definitions/Destination: one participant of an ad-hoc conference.</summary>
    public sealed class Destination
    {
        public string? Address { get; set; }
        public string? Name { get; set; }
        public string? UserId { get; set; }
        public string? QueueId { get; set; }

        public override string ToString() => Address ?? UserId ?? QueueId ?? Name ?? string.Empty;
    }
}
