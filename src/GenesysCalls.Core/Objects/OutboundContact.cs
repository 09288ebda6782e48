using System.Collections.Generic;
using System.Linq;

namespace GenesysCalls
{
    /// <summary>A contact Add-OutboundContact added to (or updated in) a contact list, with the row it came from.</summary>
    public sealed class OutboundContact
    {
        internal OutboundContact(string contactListId, string contactId, bool? callable, IReadOnlyDictionary<string, string> data, object? input,
            string? correlationId)
        {
            ContactListId = contactListId;
            ContactId = contactId;
            Callable = callable;
            Data = new ReadableMap<string>(data.ToDictionary(p => p.Key, p => p.Value));
            Input = input;
            CorrelationId = correlationId;
        }

        public string ContactListId { get; }

        public string ContactId { get; }

        /// <summary>Whether the dialer may call the contact, as the service answered.</summary>
        public bool? Callable { get; }

        /// <summary>Column to value, as stored.</summary>
        public ReadableMap<string> Data { get; }

        /// <summary>The pipeline input (such as the CSV row) this contact was made from.</summary>
        public object? Input { get; }

        /// <summary>ININ-Correlation-Id of the request that added it, for Genesys support.</summary>
        public string? CorrelationId { get; }

        public override string ToString() => ContactId;
    }
}
