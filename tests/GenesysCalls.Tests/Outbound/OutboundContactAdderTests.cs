using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Outbound;
using GenesysCalls.Emulator;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Outbound
{
    public class OutboundContactAdderTests : ConnectedTest
    {
        public OutboundContactAdderTests() : base(agents: 2)
        {
        }

        private EmContactList List => Server.Org.Outbound.ContactLists[0];

        private int Posts => Server.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/contacts", StringComparison.Ordinal));

        internal static ContactRow Row(int i, string? phone = null, string extra = "") =>
            new(new List<KeyValuePair<string, object?>>
            {
                new("firstname", "F" + i), new("LastName", "L" + i), new("Phone", phone ?? "+1555" + i.ToString("D7")), new("AccountId" + extra, "A" + i),
            }, "row " + i);

        private async Task<RecordingOutput> RunAsync(IEnumerable<ContactRow> rows, Action<OutboundContactAdder>? configure = null, bool confirm = true)
        {
            var output = new RecordingOutput("Add-OutboundContact") { Confirm = confirm };
            var command = new OutboundContactAdder(output, Session, List.Id);
            configure?.Invoke(command);
            await command.BeginAsync(CancellationToken.None);
            foreach (var row in rows) await command.ProcessAsync(row, CancellationToken.None);
            await command.CompleteAsync(CancellationToken.None);
            return output;
        }

        [Fact]
        public async Task Rows_go_in_batches_of_1000_and_each_has_one_outcome()
        {
            var rows = Enumerable.Range(1, 2500).Select(i => Row(i, i == 11 ? "not a number" : null)).ToList();
            var output = await RunAsync(rows);

            Assert.Equal(2499, output.Objects.Count);
            var error = Assert.Single(output.Errors);
            Assert.Equal("AddOutboundContactInvalidPhoneNumber", error.ErrorId);
            Assert.Equal("row 11", error.TargetObject);
            // The refused row 11 keeps its place in the first batch (its error written after rows 1-10): no extra request.
            Assert.Equal(3, Posts);
            Assert.Equal(2499, List.Contacts.Count);
            var target = "Contact list 'Spring renewals' (" + List.Id + ")";
            Assert.Equal(new[] { (target, "Add 999 contacts"), (target, "Add 1000 contacts"), (target, "Add 500 contacts") }, output.ShouldProcessCalls);
            Assert.Equal("row 11", ((CommandError)output.Events[10]).TargetObject);

            var first = Assert.IsType<OutboundContact>(output.Objects[0]);
            Assert.Equal(List.Id, first.ContactListId);
            Assert.Equal("row 1", first.Input);
            Assert.Equal(true, first.Callable);
            Assert.Equal("F1", first.Data["FirstName"]);
            Assert.Equal(List.Contacts[0].Id, first.ContactId);
            Assert.NotNull(first.CorrelationId);
        }

        [Fact]
        public async Task A_contact_id_given_twice_in_one_command_refuses_the_later_row_so_neither_is_lost_silently()
        {
            var rows = new[] { Row(1), Row(2), Row(3) };
            rows[2] = new ContactRow(rows[2].Properties!.Select(p => p.Key == "AccountId" ? new KeyValuePair<string, object?>("AccountId", "A1") : p)
                .ToList(), "row 3");
            var output = await RunAsync(rows, c => c.ContactIdProperty = "AccountId");

            Assert.Equal(new[] { "A1", "A2" }, output.Objects.Cast<OutboundContact>().Select(c => c.ContactId));
            var error = Assert.Single(output.Errors);
            Assert.Equal("AddOutboundContactDuplicateContactId", error.ErrorId);
            Assert.Equal("row 3", error.TargetObject);
            Assert.Contains("input 1", error.Message);
            Assert.Equal("F1", output.Objects.Cast<OutboundContact>().First().Data["FirstName"]);
        }

        [Fact]
        public async Task A_row_refused_before_sending_is_written_after_the_rows_before_it_in_input_order()
        {
            var rows = Enumerable.Range(1, 8).Select(i => Row(i, i == 6 ? "" : null)).ToList();
            var output = await RunAsync(rows);

            Assert.Equal(new object[] { "row 1", "row 2", "row 3", "row 4", "row 5", "row 6", "row 7", "row 8" },
                output.Events.Select(e => e is OutboundContact c ? c.Input : ((CommandError)e).TargetObject));
            Assert.Equal("AddOutboundContactNoPhoneNumber", Assert.Single(output.Errors).ErrorId);
            Assert.Equal(7, List.Contacts.Count);
            Assert.Equal(1, Posts);
        }

        [Fact]
        public async Task An_error_that_stops_the_command_at_row_N_leaves_exactly_the_good_rows_before_N_added_and_written()
        {
            var output = new StoppingOutput();
            var command = new OutboundContactAdder(output, Session, List.Id);
            await command.BeginAsync(CancellationToken.None);
            var rows = Enumerable.Range(1, 2500).Select(i => Row(i, i == 1500 ? "" : null));
            await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            {
                foreach (var row in rows) await command.ProcessAsync(row, CancellationToken.None);
            });

            Assert.Equal(Enumerable.Range(1, 1499).Select(i => (object)("row " + i)), output.Objects.Cast<OutboundContact>().Select(c => c.Input));
            Assert.Equal(1499, List.Contacts.Count);
            Assert.Equal("row 1500", Assert.Single(output.Errors).TargetObject);
        }

        [Fact]
        public async Task A_blank_contact_id_cell_is_not_given_so_the_row_is_refused_and_not_sent()
        {
            var rows = new[] { Row(1), With(Row(2), "AccountId", "  "), Row(3) };
            var output = await RunAsync(rows, c => c.ContactIdProperty = "AccountId");

            Assert.Equal(new[] { "A1", "A3" }, output.Objects.Cast<OutboundContact>().Select(c => c.ContactId));
            var error = Assert.Single(output.Errors);
            Assert.Equal("AddOutboundContactMissingContactId", error.ErrorId);
            Assert.Equal("row 2", error.TargetObject);
            Assert.Equal(2, List.Contacts.Count);
        }

        /// <summary>An error ends the command, as WriteError does under -ErrorAction Stop.</summary>
        private sealed class StoppingOutput : ICommandOutput, IStoppingErrors
        {
            public bool ErrorStopsCommand => true;

            private readonly RecordingOutput _inner = new("Add-OutboundContact");

            public List<object> Objects => _inner.Objects;

            public List<CommandError> Errors => _inner.Errors;

            public void WriteObject(object value) => _inner.WriteObject(value);

            public void WriteError(CommandError error)
            {
                _inner.WriteError(error);
                throw new InvalidOperationException("stopped by " + error.ErrorId);
            }

            public bool ShouldProcess(string target, string action) => true;

            public void WriteProgress(ProgressUpdate progress) { }

            public void WriteVerbose(string message) { }

            public void WriteDebug(string message) { }

            public void WriteWarning(string message) { }
        }

        [Fact]
        public async Task WhatIf_sends_nothing_but_asks_per_batch()
        {
            var output = await RunAsync(Enumerable.Range(1, 1001).Select(i => Row(i)), confirm: false);
            Assert.Equal(0, Posts);
            Assert.Empty(output.Objects);
            Assert.Equal(new[] { "Add 1000 contacts", "Add 1 contact" }, output.ShouldProcessCalls.Select(c => c.Action));
        }

        private static ContactRow With(ContactRow row, string key, string value) =>
            new(row.Properties!.Select(p => p.Key == key ? new KeyValuePair<string, object?>(key, value) : p).ToList(), row.Input);

        [Fact]
        public async Task One_long_value_fails_only_its_row_and_names_the_column_the_rest_of_the_batch_is_added()
        {
            var rows = Enumerable.Range(1, 1000).Select(i => Row(i)).ToList();
            rows[636] = With(rows[636], "LastName", new string('x', 1100));
            var output = await RunAsync(rows);

            Assert.Equal(999, output.Objects.Count);
            Assert.Equal(999, List.Contacts.Count);
            var error = Assert.Single(output.Errors);
            Assert.Equal("AddOutboundContactValueTooLong", error.ErrorId);
            Assert.Equal("row 637", error.TargetObject);
            Assert.Contains("input 637", error.Message);
            Assert.Contains("column LastName (1100 characters)", error.Message);
            Assert.Contains("[contact.datum.length.limit.exceeded]", error.Message);
            Assert.Matches("correlation id [0-9a-f-]{36}", error.Details);
            Assert.Equal(Enumerable.Range(1, 1000).Where(i => i != 637).Select(i => (object)("row " + i)),
                output.Objects.Cast<OutboundContact>().Select(c => c.Input));
            Assert.InRange(Posts, 3, 2 * 10 + 1);   // halving 1,000 rows down to one takes 10 levels, two requests each
            Assert.Single(output.ShouldProcessCalls);
        }

        [Fact]
        public async Task Long_contact_ids_fail_only_their_rows_naming_the_id_column()
        {
            var rows = Enumerable.Range(1, 40).Select(i => Row(i)).ToList();
            rows[4] = With(rows[4], "AccountId", new string('a', 70));
            rows[30] = With(rows[30], "AccountId", new string('b', 65));
            var output = await RunAsync(rows, c => c.ContactIdProperty = "AccountId");

            Assert.Equal(38, output.Objects.Count);
            Assert.Equal(new object[] { "row 5", "row 31" }, output.Errors.Select(e => e.TargetObject));
            Assert.All(output.Errors, e => Assert.Equal("AddOutboundContactInvalidContactId", e.ErrorId));
            Assert.Contains("column AccountId, 70 characters", output.Errors[0].Message);
            Assert.Equal(38, List.Contacts.Count);
        }

        [Fact]
        public async Task An_unknown_property_is_warned_once_and_not_sent()
        {
            var output = await RunAsync(Enumerable.Range(1, 3).Select(i => Row(i, extra: "X")));
            Assert.Equal(3, output.Objects.Count);
            Assert.Single(output.Warnings, w => w.StartsWith("The property 'AccountIdX' names no column", StringComparison.Ordinal));
            Assert.All(List.Contacts, c => Assert.Equal("", c.Data["AccountId"]));
        }

        [Fact]
        public async Task Custom_ids_update_instead_of_duplicating_and_flags_reach_the_query()
        {
            await RunAsync(Enumerable.Range(1, 3).Select(i => Row(i)), c => c.ContactIdProperty = "AccountId");
            var again = await RunAsync(Enumerable.Range(1, 3).Select(i => Row(i)), c =>
            {
                c.ContactIdProperty = "AccountId";
                c.Priority = true;
                c.DoNotQueue = true;
            });

            Assert.Equal(new[] { "A1", "A2", "A3" }, again.Objects.Cast<OutboundContact>().Select(c => c.ContactId));
            Assert.Equal(3, List.Contacts.Count);
            Assert.All(List.Contacts, c => Assert.Equal(2, c.Writes));
            Assert.Equal("?priority=true&doNotQueue=true", Server.Requests.Last(r => r.Method == "POST").Query);
        }

        [Fact]
        public async Task An_unknown_list_ends_the_command_before_anything_is_sent()
        {
            var command = new OutboundContactAdder(new RecordingOutput("Add-OutboundContact"), Session, "00000000-0000-4000-8000-000000000001");
            var ex = await Assert.ThrowsAsync<CommandTerminatingException>(() => command.BeginAsync(CancellationToken.None));
            Assert.Equal("AddOutboundContactContactListNotFound", ex.Error.IdAs("Add-OutboundContact"));

            var malformed = new OutboundContactAdder(new RecordingOutput("Add-OutboundContact"), Session, "../users");
            Assert.Equal("AddOutboundContactInvalidContactListId", (await Assert.ThrowsAsync<CommandTerminatingException>(() => malformed.BeginAsync(CancellationToken.None))).Error.IdAs("Add-OutboundContact"));
            Assert.Single(Server.Requests);
        }

        [Fact]
        public async Task A_429_storm_is_waited_out_and_nothing_is_lost_or_added_twice()
        {
            Server.SetFaults(new FaultSettings { RateLimitStormSeconds = 2, PathContains = "/contacts" });
            var output = await RunAsync(Enumerable.Range(1, 2000).Select(i => Row(i)));

            Assert.Equal(2000, output.Objects.Count);
            Assert.Empty(output.Errors);
            Assert.Equal(2000, List.Contacts.Select(c => c.Data["Phone"]).Distinct().Count());
            Assert.Contains(Server.Requests, r => r.Status == 429);
            Assert.Equal(2, Server.Requests.Count(r => r.Method == "POST" && r.Status == 200));
        }
    }
}
