using System.Runtime.CompilerServices;
using GenesysCalls.Core.Commands;

namespace GenesysCalls.Tests.Support
{
    /// <summary>
    /// The id a test asserts, made as the host makes it (Hosting/ErrorRecords.Id): the cmdlet a RecordingOutput plays, then the problem.
    /// A problem its table entry does not list for that cmdlet fails the test, as the host does under GENESYSCALLS_CHECK_PROBLEMS.
    /// </summary>
    internal static class ErrorIds
    {
        private static readonly ConditionalWeakTable<CommandError, string> Raisers = new();

        /// <summary>The id of an error <paramref name="cmdlet"/> (Verb-Noun) raises.</summary>
        public static string IdAs(this CommandError error, string cmdlet)
        {
            if (!error.Problem.IsRaisedBy(cmdlet))
            {
                throw new InvalidOperationException(cmdlet + " raised " + error.Problem.Name + ", which Problems does not list for it.");
            }

            return error.Problem.IdFor(cmdlet);
        }

        internal static void Remember(CommandError error, string cmdlet) => Raisers.AddOrUpdate(error, cmdlet);

        extension(CommandError error)
        {
            /// <summary>The id, when a RecordingOutput that plays a cmdlet recorded the error.</summary>
            public string ErrorId => Raisers.TryGetValue(error, out var cmdlet) ? error.IdAs(cmdlet)
                : throw new InvalidOperationException("No cmdlet recorded " + error.Problem.Name + ": give the RecordingOutput the cmdlet it plays, "
                    + "or use IdAs.");
        }
    }
}
