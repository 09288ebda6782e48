using Xunit;

namespace GenesysCalls.Tests.Calls
{
    public class CallContactTests
    {
        [Theory]
        [InlineData("+15551234567", CallContactKind.Phone, "+15551234567", null, null)]
        [InlineData("user:3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e", CallContactKind.User, null, "3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e", null)]
        [InlineData("3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e", CallContactKind.User, null, "3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e", null)]
        [InlineData("queue:9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", CallContactKind.Queue, null, "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", null)]
        [InlineData("Ann Lee <+15551234567>", CallContactKind.Phone, "+15551234567", null, "Ann Lee")]
        [InlineData("Sales line <queue:9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d>", CallContactKind.Queue, null, "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "Sales line")]
        public void Strings_become_contacts(string text, CallContactKind kind, string? address, string? id, string? name)
        {
            var contact = new CallContact(text);
            Assert.Equal(kind, contact.Kind);
            Assert.Equal(address, contact.Address);
            Assert.Equal(id, contact.Id);
            Assert.Equal(name, contact.Name);
        }

        [Fact]
        public void A_blank_contact_is_a_clear_argument_error() =>
            Assert.Contains("phone number", Assert.Throws<ArgumentException>(() => new CallContact("  ")).Message);
    }
}
