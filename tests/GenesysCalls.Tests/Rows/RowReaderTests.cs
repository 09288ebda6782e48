using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Rows;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Rows
{
    /// <summary>The one row reader, without PowerShell: what a row's cells become, by each cmdlet's field table.</summary>
    public class RowReaderTests
    {
        private static readonly IReadOnlyDictionary<string, object?> NoCommandLine = new Dictionary<string, object?>();

        private static RowInput Record(params (string Column, object? Value)[] cells) =>
            new(RowShape.Record, "the row", null, cells.Select(c => new KeyValuePair<string, object?>(c.Column, c.Value)).ToList());

        private static OutboundCallRow Call(RowInput input, IReadOnlyDictionary<string, object?>? commandLine = null) =>
            RowTables.NewOutboundCall.Build(RowReader.Read(RowTables.NewOutboundCall, input, commandLine ?? NoCommandLine)).Single();

        [Fact]
        public void Reads_columns_by_parameter_name_or_alias_whatever_their_case()
        {
            var row = Call(Record(("phonenumber", "+15551234567"), ("UserId", "3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e"), ("ATTRIBUTES", "{}"),
                ("RoutingSkillsIds", "a, b"), ("Priority", "5")));
            Assert.Equal("+15551234567", row.PhoneNumber);
            Assert.Equal("3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e", row.OnBehalfOf);
            Assert.Equal("{}", row.Attributes);
            Assert.Equal(new[] { "a", "b" }, row.SkillIds);
            Assert.Equal(5, row.Priority);
            Assert.Null(row.Problem);
            Assert.Equal("the row", row.Input);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData(null)]
        public void A_blank_cell_is_not_given(string? cell)
        {
            var row = Call(Record(("PhoneNumber", "+15551234567"), ("Label", cell), ("Priority", cell)));
            Assert.Null(row.Label);
            Assert.Null(row.Priority);
            Assert.Null(row.Problem);
        }

        [Fact]
        public void The_command_line_wins_over_the_row()
        {
            var row = Call(Record(("PhoneNumber", "+15551234567"), ("Label", "row")), new Dictionary<string, object?> { ["Label"] = "command line" });
            Assert.Equal("command line", row.Label);
            Assert.Equal("+15551234567", row.PhoneNumber);
        }

        [Fact]
        public void A_cell_that_does_not_convert_is_the_rows_problem_naming_the_column()
        {
            var row = Call(Record(("PhoneNumber", "+15551234567"), ("priority", "high")));
            Assert.NotNull(row.Problem);
            Assert.Equal("priority", row.Problem!.Field);
            Assert.Equal("the priority value 'high' is not a whole number; give a whole number such as 5, or leave it blank.", row.Problem.Message);
        }

        [Theory]
        [InlineData("Phone")]
        [InlineData("Number")]
        [InlineData("phone_number")]
        [InlineData("Phone Number")]
        public void A_column_that_names_nothing_is_named_with_the_parameter_it_meant(string column)
        {
            var row = Call(Record((column, "+15551234567"), ("Notes", "vip"), ("Blank", " ")));
            Assert.Equal(new[] { "'" + column + "' (PhoneNumber?)", "'Notes'" }, row.UnboundColumns);
        }

        [Fact]
        public void A_value_that_is_not_a_row_is_the_by_value_field()
        {
            var row = Call(new RowInput(RowShape.Value, "+15551234567", "+15551234567", new KeyValuePair<string, object?>[0]));
            Assert.Equal(CallContactKind.Phone, row.Contact!.Kind);
        }

        [Fact]
        public void A_presence_row_without_an_id_says_what_it_had_and_what_it_needs()
        {
            var values = RowReader.Read(RowTables.TestAgentPresence, Record(("Name", "Ann Lee"), ("Team", "Sales")), NoCommandLine);
            var input = Assert.Single(RowTables.TestAgentPresence.Build(values));
            Assert.Equal("The row's columns 'Name' and 'Team' name no agent; it needs UserId (or Id, AgentId) or Email."
                + " Nothing was requested for it.",
                input.Problem);
        }

        [Fact]
        public void No_input_and_no_parameter_ends_the_command_naming_the_parameter()
        {
            var values = RowReader.Read(RowTables.GetOutboundCall, RowInput.Nothing, NoCommandLine);
            var ex = Assert.Throws<CommandTerminatingException>(() => RowTables.GetOutboundCall.Build(values).ToList());
            Assert.Equal("GetOutboundCallInvalidConversationId", ex.Error.IdAs("Get-OutboundCall"));
            Assert.Contains("-ConversationId", ex.Error.Message);
        }

        /// <summary>The tables name parameters by name and alias; the cmdlets declare the same, so a column and its -Parameter agree.</summary>
        [Fact]
        public void Every_field_is_a_parameter_of_its_cmdlet_with_the_same_aliases()
        {
            Assert.All(RowTables.All.SelectMany(t => t.Fields.Select(f => (t.Cmdlet, Field: f))), entry =>
            {
                var parameter = BuiltModule.Cmdlet(entry.Cmdlet).Parameters.SingleOrDefault(p => p.Name == entry.Field.Parameter);
                Assert.True(parameter != null, entry.Cmdlet + " has no -" + entry.Field.Parameter);
                Assert.Equal(entry.Field.Aliases.OrderBy(a => a), parameter!.Aliases.OrderBy(a => a));
            });
        }

        [Fact]
        public void Only_InputObject_takes_the_pipeline_in_the_cmdlets_themselves()
        {
            var source = File.ReadAllText(RepoFiles.Combine("src", "GenesysCalls", "Cmdlets", "NewOutboundCallCommand.cs"))
                + File.ReadAllText(RepoFiles.Combine("src", "GenesysCalls", "Cmdlets", "TestAgentPresenceCommand.cs"))
                + File.ReadAllText(RepoFiles.Combine("src", "GenesysCalls", "Cmdlets", "OutboundCallCmdlet.cs"));
            Assert.DoesNotContain("ValueFromPipelineByPropertyName", source);
        }
    }
}
