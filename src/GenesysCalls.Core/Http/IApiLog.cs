namespace GenesysCalls.Core.Http
{
    /// <summary>Where request tracing goes (-Verbose: method, URL, status, time, retries; -Debug: bodies). Text is redacted before it
    /// arrives.</summary>
    internal interface IApiLog
    {
        void Verbose(string message);

        void Debug(string message);
    }

    internal sealed class NullApiLog : IApiLog
    {
        public static readonly NullApiLog Instance = new NullApiLog();

        public void Verbose(string message)
        {
        }

        public void Debug(string message)
        {
        }
    }
}
