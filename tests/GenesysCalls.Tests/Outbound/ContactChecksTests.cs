using GenesysCalls.Core.Model;
using GenesysCalls.Core.Outbound;
using Xunit;

namespace GenesysCalls.Tests.Outbound
{
    public class ContactChecksTests
    {
        private static readonly IReadOnlyList<OutboundPhoneColumn> Phones = new[] { new OutboundPhoneColumn("Phone", "cell"), new OutboundPhoneColumn("Home", "home") };

        private static WritableDialerContact Contact(string phone, string home, string? id = null) =>
            new() { Id = id, ContactListId = "l", Data = new Dictionary<string, string> { ["Phone"] = phone, ["Home"] = home } };

        [Fact]
        public void A_dialable_number_not_in_E164_passes_and_is_named()
        {
            Assert.Null(ContactChecks.Check(Contact("5551230005", ""), Phones, out var notE164));
            Assert.Equal("5551230005", notE164);
        }

        [Fact]
        public void A_dialable_E164_number_passes_without_a_note()
        {
            Assert.Null(ContactChecks.Check(Contact("+15551230001", ""), Phones, out var notE164));
            Assert.Null(notE164);
        }

        [Theory]
        [InlineData("+15551230001", "")]
        [InlineData("", "(555) 123-0001")]
        [InlineData("tel:+441632960000", "+15551230001")]
        public void Dialable_numbers_pass(string phone, string home) => Assert.Null(ContactChecks.Check(Contact(phone, home), Phones, out _));

        [Fact]
        public void An_undialable_number_names_its_column_and_why()
        {
            var problem = ContactChecks.Check(Contact("+15551230001", "not a number"), Phones, out _);
            Assert.Equal("InvalidPhoneNumber", problem!.Value.Problem.Name);
            Assert.Equal("Not sent: the phone column Home holds 'not a number', which cannot be dialed: the character 'n' at position 1 cannot be dialed.", problem.Value.Message);
        }

        [Theory]
        [InlineData("sip:gus@example.com")]
        [InlineData("gus@example.com")]
        public void An_address_in_a_phone_column_is_refused_as_an_address(string address)
        {
            var problem = ContactChecks.Check(Contact("+15551230001", address), Phones, out _);
            Assert.Equal("InvalidPhoneNumber", problem!.Value.Problem.Name);
            Assert.Contains("an address rather than a phone number", problem.Value.Message);
            Assert.DoesNotContain("position", problem.Value.Message);
        }

        [Fact]
        public void All_phone_columns_empty_is_refused()
        {
            var problem = ContactChecks.Check(Contact(" ", ""), Phones, out _);
            Assert.Equal("NoPhoneNumber", problem!.Value.Problem.Name);
            Assert.Contains("(Phone, Home)", problem.Value.Message);
        }

        [Theory]
        [InlineData("A-17_b", null)]
        [InlineData("a.b", "InvalidContactId")]
        [InlineData("x/y", "InvalidContactId")]
        public void Custom_ids_without_special_characters_pass(string id, string? expected) =>
            Assert.Equal(expected, ContactChecks.Check(Contact("+15551230001", "", id), Phones, out _)?.Problem.Name);
    }
}
