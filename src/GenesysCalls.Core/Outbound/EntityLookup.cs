using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Commands;
using GenesysCalls.Core.Http;

namespace GenesysCalls.Core.Outbound
{
    /// <summary>
    /// Outbound entities (contact lists, campaigns) by name, exact or wildcard, or by id: each one found is handed on,
    /// and an exact name or an id that names nothing is one error with the input as its target.
    /// </summary>
    internal sealed class EntityLookup<T>
    {
        private readonly ICommandOutput _output;
        private readonly string _lister;
        private readonly string _noun;
        private readonly Func<string, CancellationToken, Task<List<T>>> _findByPrefix;
        private readonly Func<string, CancellationToken, Task<T>> _getById;
        private readonly Func<T, string?> _name;

        /// <param name="lister">The cmdlet that lists them all, for advice.</param>
        /// <param name="noun">"contact list", "campaign": for messages.</param>
        public EntityLookup(ICommandOutput output, string lister, string noun, Func<string, CancellationToken, Task<List<T>>> findByPrefix,
            Func<string, CancellationToken, Task<T>> getById, Func<T, string?> name)
        {
            _output = output;
            _lister = lister;
            _noun = noun;
            _findByPrefix = findByPrefix;
            _getById = getById;
            _name = name;
        }

        public async Task ByNameAsync(string? name, Func<T, object?, Task> found, CancellationToken cancellationToken)
        {
            var pattern = new NamePattern(name ?? "*");
            List<T> matches;
            try
            {
                matches = (await _findByPrefix(pattern.Prefix, cancellationToken).ConfigureAwait(false)).Where(e =>
                    pattern.Matches(_name(e))).ToList();
            }
            catch (GenesysApiException ex)
            {
                _output.WriteError(ApiErrors.From(ex, name, "Listing " + _noun + "s failed"));
                return;
            }

            foreach (var entity in matches) await found(entity, _name(entity)).ConfigureAwait(false);
            if (matches.Count == 0 && !pattern.IsWildcard)
            {
                _output.WriteError(new CommandError(Problems.Service.NotFound, name, "No " + _noun + " is named '"
                    + pattern.Text + "'.")
                {
                    RecommendedAction = _lister + " with no arguments lists them all; -Name takes wildcards.",
                });
            }
        }

        public async Task ByIdAsync(IEnumerable<string> ids, Func<T, object?, Task> found, CancellationToken cancellationToken)
        {
            foreach (var raw in ids)
            {
                var id = raw.Trim();
                if (!OutboundApi.IsId(id))
                {
                    _output.WriteError(new CommandError(Problems.InvalidId, raw, "'" + raw
                        + "' is not a " + _noun + " id (a GUID). Nothing was requested for it."));
                    continue;
                }

                T entity;
                try
                {
                    entity = await _getById(id, cancellationToken).ConfigureAwait(false);
                }
                catch (GenesysApiException ex) when (ex.StatusCode == 404)
                {
                    _output.WriteError(new CommandError(Problems.Service.NotFound, raw, "No " + _noun + " has the id " + id
                        + ".", ex));
                    continue;
                }
                catch (GenesysApiException ex)
                {
                    _output.WriteError(ApiErrors.From(ex, raw, "Reading " + _noun + " " + id + " failed"));
                    continue;
                }

                await found(entity, raw).ConfigureAwait(false);
            }
        }
    }
}
