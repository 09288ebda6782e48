using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Model;
using GenesysCalls.Core.Outbound;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// Add-OutboundContact: reads the contact list once, maps and checks each row against its columns, and sends the rows
    /// that pass in batches of up to 1,000 (ShouldProcess once per batch). Every row ends as one OutboundContact or one error.
    /// </summary>
    internal sealed class OutboundContactAdder : CommandOperation<ContactRow>
    {
        /// <summary>The service refuses more in one request (too.many.contacts.added).</summary>
        public const int MaxContactsPerRequest = 1000;

        /// <summary>Below the Platform API's request.bytes.max (512,000), so a batch of long rows is split instead of refused.</summary>
        public const long MaxRequestBytes = 500_000;

        private readonly ICommandOutput _output;
        private readonly string _listId;
        private readonly OutboundApi _api;
        private readonly ProgressReporter _progress;
        private WindowedPipeline<PreparedContact>? _batches;
        private ContactBatchSender? _sender;
        private ContactColumnMapper? _mapper;
        private IReadOnlyList<OutboundPhoneColumn> _phoneColumns = new OutboundPhoneColumn[0];
        private string _target = string.Empty;
        private readonly Dictionary<string, int> _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        private int _seen;
        private int _notE164;
        private string? _firstNotE164;

        public OutboundContactAdder(ICommandOutput output, GenesysSession session, string contactListId)
        {
            _output = output;
            _listId = contactListId.Trim();
            _api = new OutboundApi(ConnectedOrg.Of(session).Api, new OutputApiLog(output));
            _progress = new ProgressReporter(output, ProgressActivity.AddingContacts, "Adding contacts");
        }

        /// <summary>Property whose value becomes the contact's id (so adding the row again updates it).</summary>
        public string? ContactIdProperty { get; set; }

        public bool Priority { get; set; }

        public bool ClearSystemData { get; set; }

        public bool DoNotQueue { get; set; }

        public int? ExpectedTotal { get; set; }

        /// <summary>Reads the list: its columns decide the mapping. An unknown or unreadable list ends the command.</summary>
        public override async Task BeginAsync(CancellationToken cancellationToken)
        {
            RequiredParameters.Require(!string.IsNullOrWhiteSpace(_listId), "ContactListId",
                "Add -ContactListId <id>: Get-OutboundContactList -Name '<list name>' shows the id.");
            if (!OutboundApi.IsId(_listId))
            {
                throw Terminating(Problems.InvalidContactListId, "-ContactListId '" + _listId
                    + "' is not a contact list id (a GUID). Nothing was sent.",
                    "Get-OutboundContactList -Name '<list name>' shows the id.");
            }

            ContactList list;
            try
            {
                list = await _api.GetContactListAsync(_listId, cancellationToken).ConfigureAwait(false);
            }
            catch (GenesysApiException ex)
            {
                var error = ex.StatusCode == 404
                    ? new CommandError(Problems.ContactListNotFound, _listId, "No contact list has the id " + _listId
                        + ". Nothing was sent.", ex)
                    { RecommendedAction = "Get-OutboundContactList lists the org's contact lists." }
                    : ApiErrors.From(ex, _listId, "Reading the contact list failed; nothing was sent");
                throw new CommandTerminatingException(error);
            }

            var columns = list.ColumnNames ?? new List<string>();
            _phoneColumns = OutboundApi.PhoneColumns(list);
            _mapper = new ContactColumnMapper(columns, ContactIdProperty, _output.WriteWarning);
            _target = "Contact list '" + (list.Name ?? _listId) + "' (" + _listId + ")";
            var sender = _sender = new ContactBatchSender(_output, _api, _listId, Query(), ContactIdProperty);
            _batches = new WindowedPipeline<PreparedContact>(MaxContactsPerRequest, (batch, token) => SendAsync(sender, batch, token))
            {
                MaxBytes = MaxRequestBytes, ExpectedTotal = ExpectedTotal,
            }.WithProgress(_progress, "rows sent", shownAbove: 0);
            _output.WriteVerbose(_target + ": columns " + string.Join(", ", columns) + "; phone columns " + string.Join(", ", _phoneColumns) + ".");
        }

        public override async Task ProcessAsync(ContactRow row, CancellationToken cancellationToken)
        {
            if (row.Properties == null)
            {
                await RefuseAsync(row, new CommandError(Problems.InvalidValue, row.Input, "Not sent: a contact row is an "
                    + "object with properties named after the list's columns (a CSV row or a hashtable), not "
                    + (row.Input == null ? "$null" : "the value '" + row.Input + "'") + "."), cancellationToken).ConfigureAwait(false);
                return;
            }

            _seen++;
            var contact = _mapper!.Map(row, _listId, out var refusal);
            string? notE164 = null;
            if ((refusal ?? (contact == null ? null : ContactChecks.Check(contact, _phoneColumns, out notE164))) is { } problem)
            {
                await RefuseAsync(row, new CommandError(problem.Problem, row.Input, problem.Message)
                {
                    RecommendedAction = problem.Problem == Problems.InvalidPhoneNumber || problem.Problem == Problems.NoPhoneNumber
                        ? "Fix the number (digits, best with + and the country code) and add the row again."
                        : "Fix the row and add it again.",
                }, cancellationToken).ConfigureAwait(false);
                return;
            }

            var id = contact!.Id;
            if (id != null && _ids.TryGetValue(id, out var firstInput))
            {
                // The service keeps one contact per id, with the later row's data: the earlier row would be reported as added, and lost.
                await RefuseAsync(row, new CommandError(Problems.DuplicateContactId, row.Input, "Not sent: the contact id '"
                    + id + "' is already used by input " + firstInput + " of this command, and a list keeps one contact per id.")
                {
                    RecommendedAction = "Remove one of the two rows; to update a contact, add its row again in a later command.",
                }, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (id != null) _ids[id] = _seen;
            if (notE164 != null && _notE164++ == 0) _firstNotE164 = notE164;
            var json = JsonSerializer.Serialize(contact!, GenesysJsonContext.Writer.WritableDialerContact);
            await _batches!.AddAsync(new PreparedContact(contact!, json, row, _seen), Encoding.UTF8.GetByteCount(json) + 1,
                cancellationToken).ConfigureAwait(false);
        }

        public override async Task CompleteAsync(CancellationToken cancellationToken)
        {
            if (_batches != null) await _batches.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (_notE164 > 0)
            {
                _output.WriteWarning(_notE164 + " contact(s) have a number not in E.164 form (the first: '" + _firstNotE164
                    + "'); they are not refused, but the dialer dials them only if the site's number plan accepts them.");
            }

            _progress.Complete();
        }

        /// <summary>Contacts added whose outcome the stopped pipeline did not take.</summary>
        public override IReadOnlyList<UnreportedResult> TakeUnreported() =>
            _sender?.Unreported.TakeAll() ?? (IReadOnlyList<UnreportedResult>)new UnreportedResult[0];

        /// <summary>
        /// A row refused before sending keeps its place: held in the batch, its error is written among the batch's outcomes, in input
        /// order, at no extra request. When the error ends the command (-ErrorAction Stop), the rows before it are sent and written
        /// first instead, so exactly the good rows before it are added and reported, and nothing after it is sent.
        /// </summary>
        private async Task RefuseAsync(ContactRow row, CommandError error, CancellationToken cancellationToken)
        {
            if (_batches == null || _output is IStoppingErrors { ErrorStopsCommand: true })
            {
                if (_batches != null) await _batches.FlushAsync(cancellationToken).ConfigureAwait(false);
                _output.WriteError(error);
                return;
            }

            await _batches.AddAsync(new PreparedContact(error, row, _seen), 0, cancellationToken).ConfigureAwait(false);
        }

        private async Task SendAsync(ContactBatchSender sender, IReadOnlyList<PreparedContact> batch, CancellationToken cancellationToken)
        {
            var count = batch.Count(c => c.Refusal == null);
            if (count > 0 && !_output.ShouldProcess(_target, "Add " + count + (count == 1 ? " contact" : " contacts")))
            {
                sender.WriteRefusals(batch);
                return;
            }

            await sender.SendAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        private string Query()
        {
            var flags = new List<string>();
            if (Priority) flags.Add("priority=true");
            if (ClearSystemData) flags.Add("clearSystemData=true");
            if (DoNotQueue) flags.Add("doNotQueue=true");
            return flags.Count == 0 ? string.Empty : "?" + string.Join("&", flags);
        }

        private static CommandTerminatingException Terminating(Problem problem, string message, string advice) =>
            new CommandTerminatingException(new CommandError(problem, null, message) { RecommendedAction = advice });
    }
}
