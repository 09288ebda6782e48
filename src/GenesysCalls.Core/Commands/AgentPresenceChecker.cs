using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Http;
using GenesysCalls.Core.Model;
using GenesysCalls.Core.Presence;
using GenesysCalls.Core.Sessions;

namespace GenesysCalls.Core.Commands
{
    /// <summary>
    /// Test-AgentPresence: inputs stream in, are read a window at a time (a few bulk requests in parallel), and come
    /// out in input order: one AgentPresence (or bool) per known agent, one error per unknown or malformed input.
    /// </summary>
    internal sealed class AgentPresenceChecker : CommandOperation<PresenceInput>
    {
        internal const int WindowSize = 400;
        private const int ParallelRequests = 4;
        private readonly ICommandOutput _output;
        private readonly UserDirectory _directory;
        private readonly ReadinessPolicy _policy;
        private readonly IApiLog _log;
        private readonly WindowedPipeline<Entry> _entries;
        private Dictionary<string, User> _byId = new Dictionary<string, User>();
        private Dictionary<string, User> _byEmail = new Dictionary<string, User>();
        private Dictionary<string, GenesysApiException> _failures = new Dictionary<string, GenesysApiException>();

        public AgentPresenceChecker(ICommandOutput output, GenesysSession session, IEnumerable<string>? readyPresence = null)
        {
            _output = output;
            _directory = new UserDirectory(ConnectedOrg.Of(session).Api);
            _policy = new ReadinessPolicy(readyPresence);
            _log = new OutputApiLog(output);
            _entries = new WindowedPipeline<Entry>(WindowSize, ReadWindowAsync, Emit)
                .WithProgress(new ProgressReporter(output, ProgressActivity.CheckingAgents, "Checking agents"), "agents checked",
                    shownAbove: UserDirectory.IdsPerRequest);
            foreach (var presence in _policy.ReadyPresences.Where(p => !SystemPresences.IsKnown(p)))
            {
                output.WriteWarning("'" + presence + "' is not a system presence (" + string.Join(", ", SystemPresences.All)
                    + "); no agent will match it.");
            }
        }

        public bool Quiet { get; set; }

        /// <summary>How many inputs are coming, when known (for the progress bar).</summary>
        public int? ExpectedTotal
        {
            get => _entries.ExpectedTotal;
            set => _entries.ExpectedTotal = value;
        }

        public override Task ProcessAsync(PresenceInput input, CancellationToken cancellationToken)
        {
            var entry = new Entry(input.Value.Trim(), input.IsEmail, input.Row ?? input.Value);
            if (input.Problem != null)
            {
                entry.Invalid = new CommandError(Problems.InvalidInput, entry.Input, input.Problem);
            }
            else if (!entry.IsEmail && !Guid.TryParseExact(entry.Value, "D", out _))
            {
                var looksLikeEmail = entry.Value.IndexOf('@') > 0;
                entry.Invalid = entry.Value.Length == 0
                    ? new CommandError(Problems.InvalidUserId, entry.Input,
                        "No agent given: the user id is empty and there is no email. Nothing was requested for it.")
                    {
                        RecommendedAction = "Fill the UserId (or Email) cell of this row.",
                    }
                    : new CommandError(Problems.InvalidUserId, entry.Input, looksLikeEmail
                    ? "'" + entry.Value + "' is an email address, not a user id: pass emails with -Email (or a column named Email). Nothing was "
                        + "requested for it."
                    : "'" + entry.Value + "' is not a user id (a GUID such as 3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e). Nothing was requested for it.")
                    {
                        RecommendedAction = looksLikeEmail
                        ? "Pass emails with -Email (Test-AgentPresence -Email " + entry.Value + "), or pipe objects with an Email property."
                        : "Pass an email with -Email, or look the id up in Genesys Cloud admin (People).",
                    };
            }
            else if (entry.IsEmail && (entry.Value.IndexOf('@') <= 0 || entry.Value.Any(char.IsWhiteSpace)))
            {
                entry.Invalid = new CommandError(Problems.InvalidEmail, entry.Input,
                    "'" + entry.Value + "' is not an email address. Nothing was requested for it.");
            }

            return _entries.AddAsync(entry, cancellationToken);
        }

        public override Task CompleteAsync(CancellationToken cancellationToken) => _entries.CompleteAsync(cancellationToken);

        /// <summary>The window's distinct ids and emails, a few bulk requests in parallel; a failed request fails exactly its inputs.</summary>
        private async Task ReadWindowAsync(IReadOnlyList<Entry> window, CancellationToken cancellationToken)
        {
            var valid = window.Where(e => e.Invalid == null).ToList();
            var ids = valid.Where(e => !e.IsEmail).Select(e => e.Value).Distinct(StringComparer.OrdinalIgnoreCase);
            var emails = valid.Where(e => e.IsEmail).Select(e => e.Value).Distinct(StringComparer.OrdinalIgnoreCase);
            var work = Batches.Of(ids, UserDirectory.IdsPerRequest).Select(batch => new KeyedFetch(() => _directory.GetByIdsAsync(batch, _log,
                cancellationToken), batch))
                .Concat(Batches.Of(emails, UserDirectory.EmailsPerRequest).Select(batch => new KeyedFetch(() => _directory.FindByEmailsAsync(batch,
                    _log, cancellationToken), batch)))
                .ToList();

            var byId = new Dictionary<string, User>(StringComparer.OrdinalIgnoreCase);
            var byEmail = new Dictionary<string, User>(StringComparer.OrdinalIgnoreCase);
            var failures = new Dictionary<string, GenesysApiException>(StringComparer.OrdinalIgnoreCase);
            using (var gate = new SemaphoreSlim(ParallelRequests))
            {
                await Task.WhenAll(work.Select(async batch =>
                {
                    await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                    try
                    {
                        var users = await batch.Fetch().ConfigureAwait(false);
                        lock (byId)
                        {
                            foreach (var user in users)
                            {
                                if (user.Id != null) byId[user.Id] = user;
                                if (user.Email != null) byEmail[user.Email] = user;
                            }
                        }
                    }
                    catch (GenesysApiException ex)
                    {
                        lock (byId)
                        {
                            foreach (var key in batch.Keys) failures[key] = ex;
                        }
                    }
                    finally
                    {
                        gate.Release();
                    }
                })).ConfigureAwait(false);
            }

            _byId = byId;
            _byEmail = byEmail;
            _failures = failures;
        }

        private Task Emit(Entry entry, CancellationToken cancellationToken)
        {
            var found = entry.IsEmail ? _byEmail : _byId;
            if (entry.Invalid != null)
            {
                Refuse(entry, entry.Invalid);
            }
            else if (_failures.TryGetValue(entry.Value, out var failure))
            {
                // -Quiet still answers once per input; the error says why it could not be checked.
                if (Quiet) _output.WriteObject(false);
                _output.WriteError(ApiErrors.From(failure, entry.Input, "Could not read " + entry.Value));
            }
            else if (found.TryGetValue(entry.Value, out var user))
            {
                var presence = _policy.Evaluate(user, entry.Input);
                if (Quiet) _output.WriteObject(presence.CanPlaceCall);
                else _output.WriteObject(presence);
            }
            else
            {
                Refuse(entry, new CommandError(Problems.UserNotFound, entry.Input,
                    (entry.IsEmail ? "No user has the email " : "No user has the id ") + entry.Value + " in this org."));
            }

            return Task.CompletedTask;
        }

        /// <summary>An input that names no agent: an error, or with -Quiet the answer false (one bool per input, in order).</summary>
        private void Refuse(Entry entry, CommandError error)
        {
            if (Quiet)
            {
                _output.WriteVerbose(error.Message);
                _output.WriteObject(false);
            }
            else
            {
                _output.WriteError(error);
            }
        }

        private sealed class Entry
        {
            public Entry(string value, bool isEmail, object input)
            {
                Value = value;
                IsEmail = isEmail;
                Input = input;
            }

            public string Value { get; }

            public bool IsEmail { get; }

            public object Input { get; }

            /// <summary>Why this input names no agent before anything is asked (not a GUID, not an email).</summary>
            public CommandError? Invalid { get; set; }
        }
    }

    /// <summary>One bulk request and the inputs it answers for (so a failed request fails exactly those inputs).</summary>
    internal sealed class KeyedFetch
    {
        public KeyedFetch(Func<Task<IReadOnlyList<User>>> fetch, IReadOnlyList<string> keys)
        {
            Fetch = fetch;
            Keys = keys;
        }

        public Func<Task<IReadOnlyList<User>>> Fetch { get; }

        public IReadOnlyList<string> Keys { get; }
    }
}
