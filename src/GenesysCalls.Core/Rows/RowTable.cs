using System;
using System.Collections.Generic;
using System.Linq;

namespace GenesysCalls.Core.Rows
{
    /// <summary>The fields one cmdlet reads from a row, and what a row must give at least (for the error of a row that gives none).</summary>
    internal class RowTable
    {
        public RowTable(string cmdlet, IEnumerable<RowField> fields, params string[] needs)
        {
            Cmdlet = cmdlet;
            Fields = fields.ToList();
            Needs = needs;
        }

        /// <summary>The cmdlet, as PowerShell names it (New-OutboundCall).</summary>
        public string Cmdlet { get; }

        public IReadOnlyList<RowField> Fields { get; }

        /// <summary>The parameters of which a row must give one (UserId or Email); empty when the command decides.</summary>
        public IReadOnlyList<string> Needs { get; }

        public RowField? ByValue => Fields.FirstOrDefault(f => f.ByValue);

        /// <summary>The field a column names, by parameter name or alias, whatever its case.</summary>
        public RowField? Find(string column) => Fields.FirstOrDefault(f => f.FromColumn && f.IsNamed(column));

        /// <summary>The field a column most likely meant: 'Phone Number', 'phone_number' and 'Phone' mean PhoneNumber.</summary>
        public string? Meant(string column) =>
            Cells.Meant(column, Fields.Where(f => f.FromColumn).SelectMany(f => f.Names.Select(name => (f.Parameter, name))));

        /// <summary>"UserId (or Id, AgentId) or Email": what the row needs, in the words of its columns.</summary>
        public string NeedsText => Cells.List(Needs.Select(p => Fields.First(f => f.Parameter == p))
            .Select(f => f.Parameter + (f.Aliases.Count > 0 ? " (or " + string.Join(", ", f.Aliases) + ")" : string.Empty)), "or");
    }

    /// <summary>A table with how its values become the command's inputs (one row may give several: a list of ids).</summary>
    internal sealed class RowTable<TInput> : RowTable
    {
        public RowTable(string cmdlet, IEnumerable<RowField> fields, Func<RowValues, IEnumerable<TInput>> build, params string[] needs)
            : base(cmdlet, fields, needs)
        {
            Build = build;
        }

        public Func<RowValues, IEnumerable<TInput>> Build { get; }
    }
}
