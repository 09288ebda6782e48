using System;
using System.Collections.Generic;
using System.Linq;

namespace GenesysCalls.Core.Sessions
{
    /// <summary>The sessions of this PowerShell process, each with its services, and which one is current. Tests make their own.</summary>
    internal sealed class SessionRegistry
    {
        private readonly object _gate = new object();
        private readonly List<ConnectedOrg> _orgs = new List<ConnectedOrg>();

        public static SessionRegistry Process { get; } = new SessionRegistry();

        public GenesysSession? Current { get; private set; }

        public IReadOnlyList<GenesysSession> All
        {
            get { lock (_gate) return _orgs.Select(o => o.Session).ToArray(); }
        }

        public string UniqueName(string wanted)
        {
            lock (_gate)
            {
                var name = wanted;
                for (var n = 2; _orgs.Any(o => string.Equals(o.Session.Name, name, StringComparison.OrdinalIgnoreCase)); n++) name = wanted
                    + " (" + n + ")";
                return name;
            }
        }

        public void Add(ConnectedOrg org)
        {
            lock (_gate)
            {
                _orgs.Add(org);
                Current = org.Session;
            }
        }

        public GenesysSession? Find(string name)
        {
            lock (_gate) return _orgs.Select(o => o.Session).FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>
        /// Forgets a session and disconnects it. When it was the current one, none is current afterwards: silently switching a
        /// script to another org would be worse than the NotConnected error it gets instead.
        /// </summary>
        public void Remove(GenesysSession session)
        {
            lock (_gate)
            {
                _orgs.RemoveAll(o => ReferenceEquals(o.Session, session));
                if (ReferenceEquals(Current, session)) Current = null;
            }

            session.Dispose();
        }

        public void Reset()
        {
            foreach (var session in All) Remove(session);
        }
    }
}
