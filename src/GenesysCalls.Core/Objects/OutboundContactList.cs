using System.Collections.Generic;

namespace GenesysCalls
{
    /// <summary>A dialer contact list, as Get-OutboundContactList shows it.</summary>
    public sealed class OutboundContactList
    {
        internal OutboundContactList(string id, string name, IReadOnlyList<string> columnNames, IReadOnlyList<OutboundPhoneColumn> phoneColumns,
            long? size, string? importState)
        {
            Id = id;
            Name = name;
            ColumnNames = new ReadableList<string>(columnNames);
            PhoneColumns = new ReadableList<OutboundPhoneColumn>(phoneColumns);
            Size = size;
            ImportState = importState;
        }

        public string Id { get; }

        public string Name { get; }

        /// <summary>The contact data columns, in the list's order; Add-OutboundContact maps input properties onto them.</summary>
        public ReadableList<string> ColumnNames { get; }

        public ReadableList<OutboundPhoneColumn> PhoneColumns { get; }

        /// <summary>Contacts in the list.</summary>
        public long? Size { get; }

        /// <summary>The file import's state (IN_PROGRESS, FAILED) when the service reports one; empty when no import is reported.</summary>
        public string? ImportState { get; }

        public override string ToString() => Name;
    }

    /// <summary>A column of a contact list that holds phone numbers, and its type (cell, home, ...).</summary>
    public sealed class OutboundPhoneColumn
    {
        internal OutboundPhoneColumn(string columnName, string? type)
        {
            ColumnName = columnName;
            Type = type;
        }

        public string ColumnName { get; }

        public string? Type { get; }

        public override string ToString() => Type == null ? ColumnName : ColumnName + " (" + Type + ")";
    }
}
