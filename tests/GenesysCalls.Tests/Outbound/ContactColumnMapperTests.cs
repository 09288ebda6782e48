using GenesysCalls.Core.Outbound;
using Xunit;

namespace GenesysCalls.Tests.Outbound
{
    public class ContactColumnMapperTests
    {
        private static readonly string[] Columns = { "FirstName", "LastName", "Phone", "AccountId" };

        private static ContactRow Row(params (string Key, object? Value)[] properties) =>
            new(properties.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)).ToList(), "row");

        [Fact]
        public void Property_names_match_columns_without_regard_to_case_and_missing_columns_are_empty()
        {
            var mapper = new ContactColumnMapper(Columns, null, _ => { });
            var contact = mapper.Map(Row(("firstname", "Ann"), ("PHONE", "+15551230001")), "list-1", out _)!;

            Assert.Equal("list-1", contact.ContactListId);
            Assert.Equal(new[] { "FirstName", "LastName", "Phone", "AccountId" }, contact.Data.Keys);
            Assert.Equal(new[] { "Ann", "", "+15551230001", "" }, contact.Data.Values);
            Assert.Null(contact.Id);
        }

        [Fact]
        public void An_unknown_property_is_not_sent_and_is_reported_once_for_the_whole_run()
        {
            var warnings = new List<string>();
            var mapper = new ContactColumnMapper(Columns, null, warnings.Add);
            var first = mapper.Map(Row(("Phone", "+15551230001"), ("Email", "a@example.com")), "l", out _)!;
            mapper.Map(Row(("Phone", "+15551230002"), ("email", "b@example.com")), "l", out _);
            mapper.Map(Row(("Phone", "+15551230003"), ("Segment", "gold")), "l", out _);

            Assert.DoesNotContain("Email", first.Data.Keys);
            Assert.Equal(2, warnings.Count);
            Assert.StartsWith("The property 'Email' names no column of the contact list (FirstName, LastName, Phone, AccountId)", warnings[0]);
            Assert.StartsWith("The property 'Segment'", warnings[1]);
        }

        [Fact]
        public void Values_are_sent_as_invariant_strings()
        {
            var culture = Thread.CurrentThread.CurrentCulture;
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            try
            {
                var mapper = new ContactColumnMapper(Columns, null, _ => { });
                var contact = mapper.Map(Row(("FirstName", 12.5), ("LastName", true), ("AccountId", null), ("Phone", 15551230001L)), "l", out _)!;
                Assert.Equal("12.5", contact.Data["FirstName"]);
                Assert.Equal("true", contact.Data["LastName"]);
                Assert.Equal("", contact.Data["AccountId"]);
                Assert.Equal("15551230001", contact.Data["Phone"]);
            }
            finally
            {
                Thread.CurrentThread.CurrentCulture = culture;
            }
        }

        [Fact]
        public void The_contact_id_property_gives_the_id_and_is_not_reported_as_unknown()
        {
            var warnings = new List<string>();
            var mapper = new ContactColumnMapper(Columns, "CustomerKey", warnings.Add);
            var contact = mapper.Map(Row(("customerkey", " K-17 "), ("Phone", "+15551230001")), "l", out _)!;
            Assert.Equal("K-17", contact.Id);
            Assert.Empty(warnings);
            Assert.DoesNotContain("customerkey", contact.Data.Keys, StringComparer.OrdinalIgnoreCase);

            var byColumn = new ContactColumnMapper(Columns, "AccountId", warnings.Add).Map(Row(("AccountId", "A-1"), ("Phone", "+1555")), "l", out _)!;
            Assert.Equal("A-1", byColumn.Id);
            Assert.Equal("A-1", byColumn.Data["AccountId"]);
        }

        [Fact]
        public void A_list_value_refuses_the_row_instead_of_sending_its_type_name()
        {
            var mapper = new ContactColumnMapper(Columns, null, _ => { });
            Assert.Null(mapper.Map(Row(("Phone", "+15551230001"), ("LastName", new List<object> { 1, 2 })), "l", out var refusal));
            Assert.Equal("InvalidValue", refusal!.Value.Problem.Name);
            Assert.Contains("'LastName'", refusal.Value.Message);
        }

        [Fact]
        public void A_contact_id_property_the_row_lacks_refuses_the_row()
        {
            var mapper = new ContactColumnMapper(Columns, "NoSuchColumn", _ => { });
            Assert.Null(mapper.Map(Row(("Phone", "+15551230001")), "l", out var refusal));
            Assert.Equal("MissingContactId", refusal!.Value.Problem.Name);
        }

        [Fact]
        public void Values_are_sent_without_surrounding_spaces()
        {
            var contact = new ContactColumnMapper(Columns, null, _ => { }).Map(Row(("Phone", " +15551230002 ")), "l", out _)!;
            Assert.Equal("+15551230002", contact.Data["Phone"]);
        }
    }
}
