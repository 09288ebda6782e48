using GenesysCalls.Core.Calls;
using GenesysCalls.ModuleBuilder;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Callbacks
{
    /// <summary>
    /// Test-CallPayload -Kind Callback reads a row through its own column list until one row reader serves every cmdlet: this
    /// holds that list to what New-OutboundCallback binds, so a row is never checked as another body than the one it creates.
    /// </summary>
    public class CallbackRowColumnsTests
    {
        [Fact]
        public void Reads_exactly_the_columns_New_OutboundCallback_binds()
        {
            var bound = BuiltModule.Cmdlet("New-OutboundCallback").Parameters
                .Where(p => p.Sets.Any(s => s.ValueFromPipelineByPropertyName))
                // A Request (Callback) column holds a whole body; the checker reads such a row's fields, not a body inside it.
                .Where(p => p.Name != "Callback")
                .SelectMany(p => new[] { p.Name }.Concat(p.Aliases))
                .OrderBy(n => n, StringComparer.OrdinalIgnoreCase);
            Assert.Equal(bound, CallbackRowReader.ColumnNames.OrderBy(n => n, StringComparer.OrdinalIgnoreCase));
        }
    }
}
