using System.Collections;
using System.Globalization;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Outbound;
using Xunit;

namespace GenesysCalls.Tests.Json
{
    /// <summary>Every value the module turns into text is written one way, whatever the machine's culture.</summary>
    public class InvariantTextTests
    {
        [Theory]
        [InlineData("de-DE")]
        [InlineData("en-US")]
        [InlineData("ar-SA")]
        public void Dates_are_iso_8601_with_offset_and_numbers_invariant_in_any_culture(string culture)
        {
            var before = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            try
            {
                Assert.Equal("2025-03-04T05:06:07Z".Replace("Z", "+00:00"),
                    InvariantText.Of(new DateTime(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc)));
                Assert.Equal("2025-03-04T00:00:00+02:00", InvariantText.Of(new DateTimeOffset(2025, 3, 4, 0, 0, 0, TimeSpan.FromHours(2))));
                Assert.Matches(@"^2025-03-04T00:00:00[+-]\d\d:\d\d$", InvariantText.Of(new DateTime(2025, 3, 4)));
                Assert.Equal("1.5", InvariantText.Of(1.5));
                Assert.Equal("true", InvariantText.Of(true));
            }
            finally
            {
                CultureInfo.CurrentCulture = before;
            }
        }

        [Fact]
        public void Attributes_contact_cells_and_json_strings_share_the_rule()
        {
            var date = new DateTimeOffset(2025, 3, 4, 0, 0, 0, TimeSpan.FromHours(1));
            Assert.Equal("2025-03-04T00:00:00+01:00", RowAttributes.Read(new Hashtable { ["d"] = date })!["d"]);
            Assert.Equal("{\"d\":\"2025-03-04T00:00:00+01:00\"}", ObjectJsonWriter.Write(new Hashtable { ["d"] = date }));
        }
    }
}
