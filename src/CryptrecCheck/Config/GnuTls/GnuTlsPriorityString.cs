using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Config.GnuTls;

/// <summary>What a GnuTLS priority string enables, as GnuTLS 3.7 builds it, or why GnuTLS refuses it.</summary>
public sealed class GnuTlsPriorityExpansion
{
    internal GnuTlsPriorityExpansion(string input, IReadOnlyList<GnuTlsSuite> suites, IReadOnlyList<string> protocols, IReadOnlyList<string> groups,
        bool serverPrecedence, string? error)
    {
        Input = input;
        Suites = suites;
        Protocols = protocols;
        Groups = groups;
        ServerPrecedence = serverPrecedence;
        Error = error;
    }

    public string Input { get; }

    /// <summary>The cipher suites in GnuTLS's preference order (TLS 1.3 suites first), as `gnutls-cli --priority … --list` lists them.</summary>
    public IReadOnlyList<GnuTlsSuite> Suites { get; }

    /// <summary>The protocol versions in GnuTLS's order and spelling ("TLS1.3", "DTLS1.2").</summary>
    public IReadOnlyList<string> Protocols { get; }

    /// <summary>The key-exchange groups configured, in order ("SECP256R1", "X25519", "FFDHE2048"), as `gnutls-cli --list` prints them.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>%SERVER_PRECEDENCE: the server's order decides, not the client's.</summary>
    public bool ServerPrecedence { get; }

    /// <summary>Why GnuTLS rejects the string (a syntax error names the element), or null.</summary>
    public string? Error { get; }

    public bool IsValid => Error == null;

    /// <summary>The TLS (not DTLS) versions enabled.</summary>
    public IReadOnlyList<TlsProtocolVersion> TlsVersions => Protocols.Select(p => p switch
    {
        "TLS1.0" => TlsProtocolVersion.Tls10,
        "TLS1.1" => TlsProtocolVersion.Tls11,
        "TLS1.2" => TlsProtocolVersion.Tls12,
        "TLS1.3" => TlsProtocolVersion.Tls13,
        _ => (TlsProtocolVersion?)null,
    }).Where(v => v != null).Select(v => v!.Value).ToList();

    /// <summary>The DTLS versions enabled (relevant to datagram transports only).</summary>
    public IReadOnlyList<string> DtlsVersions => Protocols.Where(p => p.StartsWith("DTLS", StringComparison.Ordinal)).ToList();

    /// <summary>The enabled groups by their IANA names (secp256r1, x25519, ffdhe2048).</summary>
    /// <summary>The configured groups this GnuTLS build supports, by their IANA names (secp256r1, x25519, ffdhe2048).</summary>
    public IReadOnlyList<string> GroupIanaNames => Groups.Select(g => GnuTlsNames.Groups[GnuTlsNames.GroupId(g)]).Where(g => g.Supported).Select(g => g.Iana ?? g.Name).ToList();
}

/// <summary>
/// Expands GnuTLS priority strings (gnutls_priority_init: `NORMAL:-VERS-TLS1.0`, `SECURE256:+SECURE128`, `PFS`,
/// `NONE:+VERS-TLS1.2:+AES-128-GCM:+ECDHE-RSA:+AEAD:+SIGN-ALL:+GROUP-ALL`, `%SERVER_PRECEDENCE`) to the protocols, suites
/// and groups GnuTLS 3.7 enables: keywords replace (first) or extend (later, or with +) the lists of ciphers, MACs, key
/// exchanges, signature algorithms and groups; +/-/! add or remove one algorithm or a *-ALL set; the suites are then every
/// (key exchange, cipher, MAC) combination the lists allow, in the lists' order, TLS 1.3 suites first, kept when an
/// enabled version can use them. Written from GnuTLS's documented behaviour and checked against the installed
/// `gnutls-cli --priority … --list`. System keywords (`@SYSTEM`) depend on /etc/gnutls/config and are not expanded.
/// </summary>
public static class GnuTlsPriorityString
{
    /// <summary>Longest string accepted (configuration lines beyond this are not real).</summary>
    public const int MaxLength = 16 * 1024;

    private const int MaxElements = 128;
    private const int MaxAlgorithms = 128;

    private static readonly string[] GnuTlsOnlyPrefixes = { "VERS-", "GROUP-", "SIGN-", "CTYPE-", "COMP-", "CURVE-", "CIPHER-ALL", "MAC-ALL", "KX-ALL" };

    /// <summary>
    /// Whether a value reads as a GnuTLS priority string rather than an OpenSSL cipher string: it starts with a GnuTLS
    /// keyword OpenSSL does not have (NORMAL, NONE, PFS, SECURE128/192/256, LEGACY, PERFORMANCE), or an element uses a
    /// form only GnuTLS has (VERS-…, GROUP-…, SIGN-…, %OPTION). SUITEB128/192 alone are read as OpenSSL's.
    /// </summary>
    public static bool LooksLikePriorityString(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) { return false; }
        var parts = value.Trim().Split(':');
        var first = parts[0].Trim();
        foreach (var k in new[] { "NORMAL", "NONE", "PFS", "SECURE", "SECURE128", "SECURE192", "SECURE256", "LEGACY", "PERFORMANCE" })
        {
            if (string.Equals(first, k, StringComparison.OrdinalIgnoreCase)) { return true; }
        }
        foreach (var raw in parts)
        {
            var e = raw.Trim();
            if (e.StartsWith("%", StringComparison.Ordinal) && e.Length > 1 && char.IsLetter(e[1])) { return true; }
            if (e.Length > 1 && e[0] is '+' or '-' or '!') { e = e.Substring(1); }
            foreach (var p in GnuTlsOnlyPrefixes) { if (e.StartsWith(p, StringComparison.OrdinalIgnoreCase)) { return true; } }
        }
        return false;
    }

    /// <summary>Expands a priority string. Never throws; a string GnuTLS rejects comes back with <see cref="GnuTlsPriorityExpansion.Error"/>.</summary>
    public static GnuTlsPriorityExpansion Expand(string? priority)
    {
        var input = priority ?? string.Empty;
        if (input.Length > MaxLength) { return Fail(input, $"priority string longer than {MaxLength} characters"); }
        var s = input.TrimStart(' ', '\t', '\n', '\v', '\f', '\r');
        if (s.StartsWith("@", StringComparison.Ordinal))
        {
            return Fail(input, "a system priority keyword (@…) is defined in /etc/gnutls/config on the host; cryptrec-check cannot expand it");
        }

        var elements = Split(s);
        var st = new State();
        int i;
        var keywordSet = false;
        if (!string.Equals(elements[0], "NONE", StringComparison.OrdinalIgnoreCase))
        {
            Set(st.Protocols, GnuTlsNames.ProtocolDefault);
            Set(st.Signs, GnuTlsNames.SignDefault);
            Set(st.Groups, GnuTlsNames.GroupNormal);
            i = 0;
        }
        else
        {
            keywordSet = true;
            i = 1;
        }

        for (; i < elements.Count; i++)
        {
            var e = elements[i];
            if (ApplyLevel(e, st, keywordSet)) { keywordSet = true; continue; }
            if (e.Length > 0 && e[0] is '!' or '+' or '-')
            {
                var add = e[0] == '+';
                var name = e.Substring(1);
                if (add && ApplyLevel(name, st, add: true)) { continue; }
                if (!ApplyAlgorithm(name, add, st)) { return Syntax(input, e); }
            }
            else if (e.Length > 0 && e[0] == '%')
            {
                var o = e.Substring(1);
                if (!GnuTlsNames.Options.Contains(o)) { return Syntax(input, e); }
                if (o == "NO_EXTENSIONS") { st.NoExtensions = true; }
                if (o == "SERVER_PRECEDENCE") { st.ServerPrecedence = true; }
            }
            else
            {
                return Syntax(input, e);
            }
        }
        return Build(input, st);
    }

    private sealed class State
    {
        internal readonly List<int> Protocols = new();
        internal readonly List<int> Ciphers = new();
        internal readonly List<int> Macs = new();
        internal readonly List<int> Kx = new();
        internal readonly List<int> Signs = new();
        internal readonly List<int> Groups = new(); // group ids; curve-only names as 1000 + index
        internal bool NoExtensions;
        internal bool ServerPrecedence;
    }

    private static GnuTlsPriorityExpansion Fail(string input, string error) =>
        new(input, Array.Empty<GnuTlsSuite>(), Array.Empty<string>(), Array.Empty<string>(), false, error);

    private static GnuTlsPriorityExpansion Syntax(string input, string element) =>
        Fail(input, $"syntax error at \"{element}\" (GnuTLS: GNUTLS_E_INVALID_REQUEST)");

    /// <summary>Splits at ':'; spaces after a ':' are skipped; at most 128 elements (the last keeps the rest, as in GnuTLS).</summary>
    private static List<string> Split(string s)
    {
        var list = new List<string>();
        var p = 0;
        while (true)
        {
            if (list.Count == MaxElements - 1)
            {
                list.Add(s.Substring(p));
                break;
            }
            var c = s.IndexOf(':', p);
            if (c < 0) { list.Add(s.Substring(p)); break; }
            list.Add(s.Substring(p, c - p));
            p = c + 1;
            while (p < s.Length && s[p] == ' ') { p++; }
        }
        return list;
    }

    private static void Set(List<int> list, int[] values)
    {
        list.Clear();
        foreach (var v in values.Take(MaxAlgorithms)) { list.Add(v); }
    }

    private static void AddAll(List<int> list, int[] values)
    {
        var initial = list.Count;
        foreach (var v in values)
        {
            if (list.Count + 1 > MaxAlgorithms) { return; }
            var present = false;
            for (var j = 0; j < initial; j++) { if (list[j] == v) { present = true; break; } }
            if (!present) { list.Add(v); }
        }
    }

    private static void RemoveAll(List<int> list, int[] values)
    {
        foreach (var v in values) { list.Remove(v); }
    }

    private static void AddOne(List<int> list, int v)
    {
        if (list.Count >= MaxAlgorithms || list.Contains(v)) { return; }
        list.Add(v);
    }

    private static bool ApplyLevel(string name, State st, bool add)
    {
        foreach (var l in GnuTlsNames.Levels)
        {
            if (!string.Equals(name, l.Name, StringComparison.OrdinalIgnoreCase) && !(l.Alias != null && string.Equals(name, l.Alias, StringComparison.OrdinalIgnoreCase))) { continue; }
            void F(List<int> list, int[] values) { if (add) { AddAll(list, values); } else { Set(list, values); } }
            if (l.Protocols != null) { F(st.Protocols, l.Protocols); }
            F(st.Ciphers, l.Ciphers);
            F(st.Kx, l.Kx);
            F(st.Macs, l.Macs);
            F(st.Signs, l.Signs);
            F(st.Groups, l.Groups);
            return true;
        }
        return false;
    }

    private static bool Prefix(string name, string prefix) => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>One +/-/! element (without its operator); false for a syntax error.</summary>
    private static bool ApplyAlgorithm(string name, bool add, State st)
    {
        void One(List<int> list, int v) { if (add) { AddOne(list, v); } else { list.Remove(v); } }
        void Bulk(List<int> list, int[] values) { if (add) { AddAll(list, values); } else { list.Clear(); } }
        void Given(List<int> list, int[] values) { if (add) { AddAll(list, values); } else { RemoveAll(list, values); } }

        var mac = GnuTlsNames.MacId(name);
        if (mac >= 0) { One(st.Macs, mac); return true; }
        var cipher = GnuTlsNames.CipherId(name);
        if (cipher >= 0)
        {
            if (GnuTlsNames.Ciphers[cipher].Exists) { One(st.Ciphers, cipher); }
            return true;
        }
        foreach (var (kxName, kx) in GnuTlsNames.KeyExchanges)
        {
            if (!string.Equals(kxName, name, StringComparison.OrdinalIgnoreCase)) { continue; }
            if (kx != GnuTlsKx.None) { One(st.Kx, (int)kx); }
            return true;
        }
        if (Prefix(name, "VERS-"))
        {
            if (Prefix(name, "VERS-TLS-ALL")) { Given(st.Protocols, GnuTlsNames.ProtocolStream); }
            else if (Prefix(name, "VERS-DTLS-ALL")) { Given(st.Protocols, add ? GnuTlsNames.ProtocolDtls : GnuTlsNames.ProtocolDgram); }
            else if (Prefix(name, "VERS-ALL")) { Bulk(st.Protocols, GnuTlsNames.ProtocolDefault); }
            else
            {
                var v = name.Substring(5);
                var p = GnuTlsNames.Protocols.FirstOrDefault(x => string.Equals(x.Name, v, StringComparison.OrdinalIgnoreCase));
                if (p.Name == null) { return false; }
                One(st.Protocols, p.Id);
            }
            return true;
        }
        if (Prefix(name, "COMP-")) { return true; }
        if (Prefix(name, "CURVE-"))
        {
            if (Prefix(name, "CURVE-ALL")) { Bulk(st.Groups, GnuTlsNames.GroupNormal); return true; }
            var c = name.Substring(6);
            for (var k = 0; k < GnuTlsNames.Curves.Length; k++)
            {
                if (!string.Equals(GnuTlsNames.Curves[k].Name, c, StringComparison.OrdinalIgnoreCase)) { continue; }
                var g = GnuTlsNames.Curves[k].Group;
                One(st.Groups, g != null ? GnuTlsNames.GroupId(g) : 1000 + k);
                return true;
            }
            return false;
        }
        if (Prefix(name, "GROUP-"))
        {
            if (Prefix(name, "GROUP-ALL")) { Bulk(st.Groups, GnuTlsNames.GroupNormal); }
            else if (Prefix(name, "GROUP-DH-ALL")) { Given(st.Groups, GnuTlsNames.GroupDh); }
            else if (Prefix(name, "GROUP-EC-ALL")) { Given(st.Groups, GnuTlsNames.GroupEc); }
            else if (Prefix(name, "GROUP-GOST-ALL")) { Given(st.Groups, GnuTlsNames.GroupGost); }
            else
            {
                var g = GnuTlsNames.GroupId(name.Substring(6));
                if (g < 0) { return false; }
                One(st.Groups, g);
            }
            return true;
        }
        if (Prefix(name, "CTYPE-"))
        {
            // Certificate types do not change protocols, suites or groups; only the names are checked.
            if (Prefix(name, "CTYPE-ALL")) { return true; }
            static bool IsType(string t) => t.Equals("X.509", StringComparison.OrdinalIgnoreCase) || t.Equals("X509", StringComparison.OrdinalIgnoreCase) || t.Equals("RAWPK", StringComparison.OrdinalIgnoreCase);
            if (Prefix(name, "CTYPE-CLI-") || Prefix(name, "CTYPE-SRV-"))
            {
                return Prefix(name.Substring(10), "ALL") || IsType(name.Substring(10));
            }
            return IsType(name.Substring(6)) || Prefix(name, "CTYPE-OPENPGP");
        }
        if (Prefix(name, "SIGN-"))
        {
            if (Prefix(name, "SIGN-ALL")) { Bulk(st.Signs, GnuTlsNames.SignDefault); }
            else if (Prefix(name, "SIGN-GOST-ALL")) { Bulk(st.Signs, GnuTlsNames.SignGost); }
            else
            {
                var sg = GnuTlsNames.SignId(name.Substring(5));
                if (sg < 0) { return false; }
                One(st.Signs, sg);
            }
            return true;
        }
        if (Prefix(name, "MAC-"))
        {
            if (Prefix(name, "MAC-ALL")) { Bulk(st.Macs, GnuTlsNames.MacNormal); }
            else if (Prefix(name, "MAC-GOST-ALL")) { Bulk(st.Macs, GnuTlsNames.MacGost); }
            return true; // other MAC-… words are accepted and do nothing, as in GnuTLS
        }
        if (Prefix(name, "CIPHER-"))
        {
            if (Prefix(name, "CIPHER-ALL")) { Bulk(st.Ciphers, GnuTlsNames.CipherNormal); }
            else if (Prefix(name, "CIPHER-GOST-ALL")) { Bulk(st.Ciphers, GnuTlsNames.CipherGost); }
            return true;
        }
        if (Prefix(name, "KX-"))
        {
            if (Prefix(name, "KX-ALL")) { Bulk(st.Kx, GnuTlsNames.KxSecure); }
            else if (Prefix(name, "KX-GOST-ALL")) { Bulk(st.Kx, GnuTlsNames.KxGost); }
            return true;
        }
        if (Prefix(name, "GOST"))
        {
            Given(st.Groups, GnuTlsNames.GroupGost);
            Bulk(st.Signs, GnuTlsNames.SignGost);
            Bulk(st.Macs, GnuTlsNames.MacGost);
            Bulk(st.Ciphers, GnuTlsNames.CipherGost);
            Bulk(st.Kx, GnuTlsNames.KxGost);
            return true;
        }
        return false;
    }

    private static bool IsEcc(GnuTlsKx kx) => kx is GnuTlsKx.EcdheRsa or GnuTlsKx.EcdheEcdsa or GnuTlsKx.AnonEcdh or GnuTlsKx.EcdhePsk or GnuTlsKx.VkoGost12;

    private static bool IsDhe(GnuTlsKx kx) => kx is GnuTlsKx.DheRsa or GnuTlsKx.DheDss or GnuTlsKx.AnonDh or GnuTlsKx.DhePsk;

    /// <summary>From the lists to what is enabled: GnuTLS's consistency rules, then the suites and groups.</summary>
    private static GnuTlsPriorityExpansion Build(string input, State st)
    {
        const string noPriorities = "no usable protocol or cipher suite remains (GnuTLS: \"No or insufficient priorities were set\")";
        var protocols = st.Protocols;
        var haveNull = st.Ciphers.Contains(GnuTlsNames.CipherId("NULL"));
        var havePsk = false;
        var haveSrp = false;
        var haveRsaPsk = false;
        foreach (var k in st.Kx)
        {
            var kx = (GnuTlsKx)k;
            if (kx is GnuTlsKx.Srp or GnuTlsKx.SrpRsa or GnuTlsKx.SrpDss) { haveSrp = true; }
            else if (kx == GnuTlsKx.RsaPsk) { haveRsaPsk = true; }
            else if (kx is GnuTlsKx.Psk or GnuTlsKx.DhePsk or GnuTlsKx.EcdhePsk) { havePsk = true; }
        }

        protocols.RemoveAll(p => p == GnuTlsNames.Ssl30); // this build has no SSL 3.0
        if (haveNull || haveSrp || haveRsaPsk || st.NoExtensions) { protocols.RemoveAll(p => p == GnuTlsNames.Tls13); }

        int? tlsMax = null, tlsMin = null, dtlsMin = null;
        var haveTls13 = false;
        var haveTls12 = false;
        var havePreTls12 = false;
        var dtlsAny = false;
        var sigSem = 0;
        foreach (var p in protocols)
        {
            if (!GnuTlsNames.IsDtls(p))
            {
                sigSem |= p == GnuTlsNames.Tls13 ? GnuTlsNames.SemTls13 : GnuTlsNames.SemPreTls13;
                if (p == GnuTlsNames.Tls13) { haveTls13 = true; }
                if (p == GnuTlsNames.Tls12) { haveTls12 = true; } else if (p < GnuTlsNames.Tls12) { havePreTls12 = true; }
                if (tlsMax == null || p > tlsMax) { tlsMax = p; }
                if (tlsMin == null || p < tlsMin) { tlsMin = p; }
            }
            else
            {
                sigSem |= GnuTlsNames.SemPreTls13;
                dtlsAny = true;
                if (dtlsMin == null || p < dtlsMin) { dtlsMin = p; }
            }
        }
        if (tlsMax == null && !dtlsAny) { return Fail(input, noPriorities); }

        var kxList = st.Kx;
        if (tlsMin == GnuTlsNames.Tls13 && !havePsk && dtlsMin == null) { kxList = new List<int>(); }

        var suites = new List<GnuTlsSuite>();
        var groups = new List<int>();
        var haveEc = false;
        var haveDh = false;
        var supportedEcc = st.Groups;
        void AddGroups(bool curve)
        {
            foreach (var g in supportedEcc)
            {
                if (g >= 1000) { continue; }
                var info = GnuTlsNames.Groups[g];
                if (!info.Supported || info.Curve != curve) { continue; }
                groups.Add(g);
            }
        }

        foreach (var c in st.Ciphers)
        {
            foreach (var m in st.Macs)
            {
                var ce = GnuTlsSuiteTable.Find(GnuTlsKx.None, c, m);
                if (ce != null) { suites.Add(ce); }
            }
        }
        foreach (var k in kxList)
        {
            foreach (var c in st.Ciphers)
            {
                foreach (var m in st.Macs)
                {
                    var ce = GnuTlsSuiteTable.Find((GnuTlsKx)k, c, m);
                    if (ce == null) { continue; }
                    suites.Add(ce);
                    if (!haveEc && IsEcc(ce.Kx)) { haveEc = true; AddGroups(curve: true); }
                    if (!haveDh && IsDhe(ce.Kx)) { haveDh = true; AddGroups(curve: false); }
                }
            }
        }
        if (haveTls13 && (!haveEc || !haveDh))
        {
            foreach (var g in supportedEcc)
            {
                if (g >= 1000 || !GnuTlsNames.Groups[g].Supported) { continue; }
                if (GnuTlsNames.Groups[g].Curve && !haveEc) { AddGroups(curve: true); haveEc = true; }
                else if (!GnuTlsNames.Groups[g].Curve && !haveDh) { AddGroups(curve: false); haveDh = true; }
                if (haveDh && haveEc) { break; }
            }
        }

        var haveSig = st.Signs.Any(sg => (GnuTlsNames.Signatures[sg].Sem & sigSem) != 0);
        if (!haveSig)
        {
            // No signature algorithm for TLS 1.2 and later: only the older versions remain.
            protocols.RemoveAll(p => !(p < GnuTlsNames.Tls12 || (p >= GnuTlsNames.Dtls09 && p < GnuTlsNames.Dtls12)));
        }
        if (protocols.Count == 0 || suites.Count == 0) { return Fail(input, noPriorities); }

        if ((!havePsk && tlsMax >= GnuTlsNames.Tls13 && groups.Count == 0) || (!haveTls12 && havePreTls12 && haveTls13))
        {
            protocols.RemoveAll(p => p == GnuTlsNames.Tls13);
        }

        // What is listed: the suites an enabled version can use.
        var maxTls = 0;
        var maxDtls = 0;
        foreach (var p in protocols)
        {
            if (p <= GnuTlsNames.Tls13) { maxTls = Math.Max(maxTls, p); } else if (p <= GnuTlsNames.Dtls12) { maxDtls = Math.Max(maxDtls, p); }
        }
        var listed = new List<GnuTlsSuite>(suites.Count);
        foreach (var ce in suites)
        {
            if (!GnuTlsNames.Ciphers[ce.Cipher].Exists) { continue; }
            if (maxTls >= ce.MinTls || maxDtls >= ce.MinDtls) { listed.Add(ce); }
        }
        // GnuTLS reports the configured groups (the ones it supports are offered where a key exchange needs them).
        return new GnuTlsPriorityExpansion(input, listed, protocols.Select(GnuTlsNames.ProtocolName).ToList(),
            supportedEcc.Where(g => g < 1000).Select(g => GnuTlsNames.Groups[g].Name).ToList(), st.ServerPrecedence, null);
    }
}
