namespace GenesysCalls.Core.Validation
{
    internal static class PayloadLimits
    {
        /// <summary>A create-call body is a few hundred bytes; anything near this is a mistake, not a call.</summary>
        public const int MaxBytes = 1024 * 1024;

        /// <summary>CreateCallRequest nests three levels; 64 is System.Text.Json's default ceiling.</summary>
        public const int MaxDepth = 64;
    }
}
