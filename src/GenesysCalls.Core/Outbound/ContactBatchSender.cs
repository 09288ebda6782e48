using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Model;

namespace GenesysCalls.Core.Outbound
{
    /// <summary>A contact ready to send: the mapped contact, its JSON, and the row it came from.</summary>
    internal sealed class PreparedContact
    {
        public PreparedContact(WritableDialerContact contact, string json, ContactRow row, int number)
        {
            Contact = contact;
            Json = json;
            Row = row;
            Number = number;
        }

        /// <summary>A row refused before sending, held in its place in the batch so its error is written in input order.</summary>
        public PreparedContact(CommandError refusal, ContactRow row, int number)
        {
            Refusal = refusal;
            Contact = new WritableDialerContact();
            Json = string.Empty;
            Row = row;
            Number = number;
        }

        public WritableDialerContact Contact { get; }
        public string Json { get; }
        public ContactRow Row { get; }

        /// <summary>Set for a row that is not sent: its error.</summary>
        public CommandError? Refusal { get; }

        /// <summary>The row's place in the input (1 for the first object the command received).</summary>
        public int Number { get; }
    }

    /// <summary>
    /// Sends one batch with POST .../contacts and gives every row of it exactly one outcome: an OutboundContact, or an error
    /// that carries the row (the whole batch refused, or its answer lost: outcome unknown, never resent). A 400 adds nothing,
    /// so a batch refused for what one contact holds is sent again in halves until the refused rows stand alone.
    /// </summary>
    internal sealed class ContactBatchSender
    {
        private const string UnknownAdvice = "The contacts may have been added. Look for them in the contact list before adding these rows again; "
            + "with -ContactIdProperty a second add updates instead of duplicating.";
        private readonly ICommandOutput _output;
        private readonly OutboundApi _api;
        private readonly string _listId;
        private readonly string _query;
        private readonly string? _idColumn;

        public ContactBatchSender(ICommandOutput output, OutboundApi api, string listId, string query, string? idColumn)
        {
            _output = output;
            _api = api;
            _listId = listId;
            _query = query;
            _idColumn = idColumn;
        }

        /// <summary>Writes the errors of a batch's held rows only (nothing of it is sent: -WhatIf, or only refused rows).</summary>
        public void WriteRefusals(IReadOnlyList<PreparedContact> batch)
        {
            foreach (var held in batch) if (held.Refusal != null) _output.WriteError(held.Refusal);
        }

        public async Task SendAsync(IReadOnlyList<PreparedContact> rows, CancellationToken cancellationToken)
        {
            var batch = rows.Where(c => c.Refusal == null).ToList();
            if (batch.Count == 0)
            {
                WriteRefusals(rows);
                return;
            }

            var body = "[" + string.Join(",", batch.Select(c => c.Json)) + "]";
            ApiResponse<List<DialerContact>> response;
            try
            {
                response = await _api.AddContactsAsync(_listId, body, _query, cancellationToken).ConfigureAwait(false);
            }
            catch (GenesysApiException ex) when (batch.Count > 1 && OutboundRefusals.IsAboutOneContact(ex))
            {
                _output.WriteVerbose("The service refused a batch of " + batch.Count + " contacts (" + (ex.Code ?? ex.StatusCode.ToString())
                    + ") and added none; sending it again in halves to find the rows it refuses.");
                var half = rows.ToList().IndexOf(batch[batch.Count / 2]);
                await SendAsync(rows.Take(half).ToList(), cancellationToken).ConfigureAwait(false);
                await SendAsync(rows.Skip(half).ToList(), cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (GenesysApiException ex)
            {
                var action = batch.Count == 1 && OutboundRefusals.IsAboutOneContact(ex) ? RowRefused(batch[0], ex.Code)
                    : "Not added: the batch of " + batch.Count + " contacts was " + (ex is OutcomeUnknownException
                        ? "sent but its answer was lost" : "refused");
                for (var i = 0; i < rows.Count; i++)
                {
                    var error = rows[i].Refusal ?? OutboundRefusals.From(ex, rows[i].Row.Input, action);
                    if (ex is OutcomeUnknownException && rows[i].Refusal == null) error.RecommendedAction = UnknownAdvice;
                    try
                    {
                        _output.WriteError(error);
                    }
                    catch (OperationCanceledException) when (ex is OutcomeUnknownException)
                    {
                        foreach (var rest in rows.Skip(i).Where(r => r.Refusal == null))
                        {
                            Unreported.Add(null, "input " + rest.Number + ": sent, but the answer was lost, so it may have been added");
                        }

                        throw;
                    }
                }

                return;
            }

            var answered = response.Value ?? new List<DialerContact>();
            var added = batch.Select((sent, i) => Match(answered, batch, i) is { Id: { } id } stored
                ? new OutboundContact(stored.ContactListId ?? _listId, id, stored.Callable, stored.Data ?? sent.Contact.Data, sent.Row.Input,
                    response.CorrelationId)
                : null).ToList();
            for (int i = 0, row = 0; row < rows.Count; row++)
            {
                if (rows[row].Refusal is { } refusal)
                {
                    WriteHeld(refusal, batch, added, i);
                    continue;
                }

                try
                {
                    if (added[i] != null)
                    {
                        _output.WriteObject(added[i]!);
                        continue;
                    }

                    _output.WriteError(new CommandError(Problems.NoAnswerForRow, batch[i].Row.Input,
                        "The service accepted the batch but its answer has no contact for this row (" + answered.Count + " contacts for "
                            + batch.Count + " rows).")
                    {
                        RecommendedAction = UnknownAdvice, Details = response.CorrelationId != null ? "correlation id " + response.CorrelationId
                        : null
                    });
                }
                catch (OperationCanceledException)
                {
                    KeepUnreported(batch, added, i);
                    throw;
                }
                finally
                {
                    i++;
                }
            }
        }

        private void WriteHeld(CommandError refusal, List<PreparedContact> batch, List<OutboundContact?> added, int next)
        {
            try
            {
                _output.WriteError(refusal);
            }
            catch (OperationCanceledException)
            {
                KeepUnreported(batch, added, next);
                throw;
            }
        }

        /// <summary>The batch is added: what the stopped pipeline cannot take is named when the command ends.</summary>
        private void KeepUnreported(List<PreparedContact> batch, List<OutboundContact?> added, int from)
        {
            for (var rest = from; rest < batch.Count; rest++)
            {
                var number = "input " + batch[rest].Number;
                if (added[rest] is { } contact) Unreported.Add(contact, number + ": added as contact " + contact.ContactId);
                else Unreported.Add(null, number + ": sent in a batch that was added, but its answer has no contact for it");
            }
        }

        /// <summary>Added contacts the stopped pipeline did not take, in input order.</summary>
        public UnreportedResults Unreported { get; } = new UnreportedResults();

        /// <summary>What the service refused in this one contact: its input and, where the code tells, the column that holds it.</summary>
        private string RowRefused(PreparedContact contact, string? code)
        {
            var what = "Not added: the service refused input " + contact.Number;
            if (code is "invalid.contact.id" or "contact.id.length.limit.exceeded")
            {
                return what + ": its contact id '" + contact.Contact.Id + "' (column " + (_idColumn ?? "id") + ", "
                    + (contact.Contact.Id ?? string.Empty).Length + " characters)";
            }

            // The service names neither the column nor its limit (none is published): the longest value is the one it refused.
            var longest = contact.Contact.Data.OrderByDescending(cell => cell.Value.Length).FirstOrDefault();
            return code == "contact.datum.length.limit.exceeded" && longest.Key != null
                ? what + ": the value of column " + longest.Key + " (" + longest.Value.Length + " characters) is longer than it allows"
                : what;
        }

        /// <summary>The answer lists the contacts in request order; a custom id is matched by id in case it does not.</summary>
        private static DialerContact? Match(List<DialerContact> answered, IReadOnlyList<PreparedContact> batch, int index)
        {
            var id = batch[index].Contact.Id;
            if (id != null) return answered.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal))
                ?? (answered.Count == batch.Count ? answered[index] : null);
            return answered.Count == batch.Count ? answered[index] : null;
        }
    }
}
