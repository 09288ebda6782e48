namespace GenesysCalls.Core.Sessions
{
    internal sealed class SessionIdentity
    {
        public string OrganizationId { get; set; } = string.Empty;
        public string OrganizationName { get; set; } = string.Empty;
        public bool IsUserContext { get; set; }
        public string? UserId { get; set; }
        public string? UserName { get; set; }
        public string? UserEmail { get; set; }
        public string? ClientId { get; set; }
        public string? ClientName { get; set; }
        public string[] Scopes { get; set; } = new string[0];
    }
}
