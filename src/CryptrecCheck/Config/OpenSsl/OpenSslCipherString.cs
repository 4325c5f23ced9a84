using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Config.OpenSsl;

/// <summary>What a cipher string selects, as OpenSSL 3 would build its list, and what it refuses.</summary>
public sealed class CipherStringExpansion
{
    internal CipherStringExpansion(string input, IReadOnlyList<OpenSslCipher> selected, int? securityLevel, IReadOnlyList<string> unknownWords, string? error)
    {
        Input = input;
        Selected = selected;
        SecurityLevel = securityLevel;
        UnknownWords = unknownWords;
        Error = error;
    }

    public string Input { get; }

    /// <summary>The TLS 1.0–1.2 suites in preference order, as `openssl ciphers -stdname` lists them after its TLS 1.3
    /// suites (no security-level filtering; see <see cref="Supported"/>). Empty when <see cref="Error"/> is set.</summary>
    public IReadOnlyList<OpenSslCipher> Selected { get; }

    /// <summary>The level set by @SECLEVEL=n in the string, or null.</summary>
    public int? SecurityLevel { get; }

    /// <summary>Words OpenSSL ignores silently because they name no suite or alias (typos such as "HIHG", IANA names).</summary>
    public IReadOnlyList<string> UnknownWords { get; }

    /// <summary>Why OpenSSL would reject the whole string (bad character, bad @command, or no suite selected), or null.</summary>
    public string? Error { get; }

    public bool IsValid => Error == null;

    /// <summary>
    /// The suites a TLS endpoint built with this string can actually negotiate — what OpenSSL 3.0's `openssl ciphers -s`
    /// prints: the selection filtered by the security level (@SECLEVEL from the string, else <paramref name="defaultSecurityLevel"/>;
    /// Debian and OpenSSL ≥ 3.2 build with 2), and without PSK and SRP suites unless a PSK/SRP callback is configured.
    /// </summary>
    public IReadOnlyList<OpenSslCipher> Supported(int defaultSecurityLevel = 2, bool pskEnabled = false, bool srpEnabled = false)
    {
        var level = SecurityLevel ?? defaultSecurityLevel;
        var result = new List<OpenSslCipher>(Selected.Count);
        foreach (var c in Selected)
        {
            if (!pskEnabled && ((c.Kx & OpenSslCipherString.PskKx) != 0 || c.Auth == OpenSslAuth.Psk)) { continue; }
            if (!srpEnabled && (c.Kx == OpenSslKx.Srp || c.Auth == OpenSslAuth.Srp)) { continue; }
            if (OpenSslCipherString.AllowedAtLevel(c, level)) { result.Add(c); }
        }
        return result;
    }
}

/// <summary>
/// Expands OpenSSL cipher strings (SSL_CTX_set_cipher_list; nginx ssl_ciphers, Apache SSLCipherSuite, HAProxy ciphers,
/// Postfix tls_high_cipherlist) the way OpenSSL 3 does: the default preference order, the ADD / - (delete, may come
/// back) / ! (kill, never comes back) / + (move to the end) operators, '+'-joined conditions (ECDHE+AESGCM),
/// DEFAULT at the start, @STRENGTH, @SECLEVEL=n and the SUITEB* prefixes. Names are case-sensitive, as in OpenSSL.
/// Written from the behaviour documented in ciphers(1) and checked against the installed `openssl ciphers`.
/// TLS 1.3 suites are set apart: <see cref="ExpandCiphersuites"/>.
/// </summary>
public static class OpenSslCipherString
{
    internal const OpenSslKx PskKx = OpenSslKx.Psk | OpenSslKx.RsaPsk | OpenSslKx.DhePsk | OpenSslKx.EcdhePsk;

    /// <summary>Longest string accepted (OpenSSL has no limit; configuration lines beyond this are not real).</summary>
    public const int MaxLength = 16 * 1024;

    private enum Op { Add, Del, Ord, Kill, Bump, Special }

    private readonly struct Pattern
    {
        internal Pattern(OpenSslKx kx, OpenSslAuth au, OpenSslEnc enc, OpenSslMac mac, int minTls, OpenSslStrength strength, int cipher = -1)
        {
            Kx = kx; Au = au; Enc = enc; Mac = mac; MinTls = minTls; Strength = strength; Cipher = cipher;
        }

        internal readonly OpenSslKx Kx;
        internal readonly OpenSslAuth Au;
        internal readonly OpenSslEnc Enc;
        internal readonly OpenSslMac Mac;
        internal readonly int MinTls;
        internal readonly OpenSslStrength Strength;
        internal readonly int Cipher;

        /// <summary>Matches every suite.</summary>
        internal static readonly Pattern Any = new(0, 0, 0, 0, 0, 0);
    }

    private static readonly Dictionary<string, Pattern> Aliases = BuildAliases();

    /// <summary>Aliases OpenSSL knows that select no suite in a default OpenSSL 3 build (not reported as unknown).</summary>
    private static readonly HashSet<string> EmptyAliases = new(StringComparer.Ordinal)
    {
        "MEDIUM", "LOW", "EXPORT", "EXP", "EXPORT40", "EXPORT56", "3DES", "DES", "RC4", "RC2", "IDEA", "SEED", "kDHr", "kDHd", "kDH",
        "aDH", "kECDHr", "kECDHe", "kECDH", "aECDH", "kGOST", "aGOST", "aGOST01", "aGOST12", "GOST94", "GOST89MAC", "GOST12",
        "GOST89", "kGOST18", "MAGMA", "KUZNYECHIK", "kKRB5", "aKRB5", "KRB5", "eGOST2814789CNT", "DHr", "DHd", "aPSK_NONE",
    };

    private static readonly (int[] Prev, int[] Next, int Head, int Tail) DefaultOrder = BuildDefaultOrder();

    /// <summary>Expands a cipher string. Never throws; a string OpenSSL would reject comes back with <see cref="CipherStringExpansion.Error"/>.</summary>
    public static CipherStringExpansion Expand(string? cipherString)
    {
        var input = cipherString ?? string.Empty;
        if (input.Length > MaxLength) { return new(input, Array.Empty<OpenSslCipher>(), null, Array.Empty<string>(), $"cipher string longer than {MaxLength} characters"); }
        var list = new CipherList();
        var unknown = new List<string>();
        int? level = null;
        string? error = null;
        var rule = input;

        // SUITEB128ONLY, SUITEB128C2, SUITEB128, SUITEB192 at the start replace the whole string (RFC 6460 profiles).
        if (rule.StartsWith("SUITEB128ONLY", StringComparison.Ordinal)) { rule = "ECDHE-ECDSA-AES128-GCM-SHA256"; }
        else if (rule.StartsWith("SUITEB128C2", StringComparison.Ordinal)) { rule = "ECDHE-ECDSA-AES256-GCM-SHA384"; }
        else if (rule.StartsWith("SUITEB128", StringComparison.Ordinal)) { rule = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384"; }
        else if (rule.StartsWith("SUITEB192", StringComparison.Ordinal)) { rule = "ECDHE-ECDSA-AES256-GCM-SHA384"; }

        var ok = true;
        if (rule.StartsWith("DEFAULT", StringComparison.Ordinal))
        {
            ok = Process(OpenSslCipherTable.DefaultCipherList, list, ref level, unknown, ref error);
            rule = rule.Substring(7);
            if (rule.StartsWith(":", StringComparison.Ordinal)) { rule = rule.Substring(1); }
        }
        if (ok && rule.Length > 0) { ok = Process(rule, list, ref level, unknown, ref error); }
        if (!ok)
        {
            return new(input, Array.Empty<OpenSslCipher>(), level, unknown, error ?? "invalid cipher string");
        }
        var selected = list.Active();
        if (selected.Count == 0) { error = "no cipher suite matches (OpenSSL: \"no cipher match\")"; }
        return new(input, error == null ? selected : Array.Empty<OpenSslCipher>(), level, unknown, error);
    }

    /// <summary>
    /// Expands a TLS 1.3 "Ciphersuites" value (SSL_CTX_set_ciphersuites; nginx/Apache `ssl_conf_command Ciphersuites`):
    /// a ':'-separated list of IANA names, unknown names ignored as OpenSSL ignores them. Null or empty input gives
    /// the empty list (TLS 1.3 suites off), as in OpenSSL.
    /// </summary>
    public static IReadOnlyList<TlsCipherSuite> ExpandCiphersuites(string? value)
    {
        var result = new List<TlsCipherSuite>();
        if (string.IsNullOrEmpty(value)) { return result; }
        foreach (var part in value!.Split(':'))
        {
            var name = part.Trim();
            foreach (var s in OpenSslCipherTable.Tls13)
            {
                if (string.Equals(s.Name, name, StringComparison.Ordinal) && !result.Contains(s)) { result.Add(s); }
            }
        }
        return result;
    }

    /// <summary>The TLS 1.3 suites allowed at a security level (only the key-size bound applies to them).</summary>
    public static IReadOnlyList<TlsCipherSuite> SupportedCiphersuites(IReadOnlyList<TlsCipherSuite> suites, int securityLevel)
    {
        var min = MinBits(securityLevel);
        return suites.Where(s => s.CipherKeyBits >= min).ToList();
    }

    internal static int MinBits(int level) => level switch { <= 0 => 0, 1 => 80, 2 => 112, 3 => 128, 4 => 192, _ => 256 };

    /// <summary>OpenSSL's default security callback for a TLS 1.2 cipher at a level.</summary>
    internal static bool AllowedAtLevel(OpenSslCipher c, int level)
    {
        if (level <= 0) { return true; }
        var min = MinBits(level);
        if (c.StrengthBits < min) { return false; }
        if (c.Auth == OpenSslAuth.Null) { return false; }
        if (c.Mac == OpenSslMac.Md5) { return false; }
        if (min > 160 && c.Mac == OpenSslMac.Sha1) { return false; }
        if (level >= 3 && (c.Kx & (OpenSslKx.Dhe | OpenSslKx.Ecdhe)) == 0) { return false; }
        return true;
    }

    private static bool IsSep(char c) => c is ':' or ' ' or ';' or ',';

    private static bool IsWordChar(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' or '.' or '=';

    private static bool Process(string s, CipherList list, ref int? level, List<string> unknown, ref string? error)
    {
        var ok = true;
        var i = 0;
        while (i < s.Length)
        {
            var ch = s[i];
            Op op;
            switch (ch)
            {
                case '-': op = Op.Del; i++; break;
                case '+': op = Op.Ord; i++; break;
                case '!': op = Op.Kill; i++; break;
                case '@': op = Op.Special; i++; break;
                default: op = Op.Add; break;
            }
            if (IsSep(ch)) { i++; continue; }

            OpenSslKx kx = 0; OpenSslAuth au = 0; OpenSslEnc enc = 0; OpenSslMac mac = 0; var minTls = 0; OpenSslStrength st = 0; var cipher = -1;
            var found = false;
            string word;
            while (true)
            {
                var start = i;
                while (i < s.Length && IsWordChar(s[i])) { i++; }
                if (i == start)
                {
                    error = i < s.Length ? $"invalid character '{s[i]}' at position {i + 1} of the cipher string" : "cipher string ends after an operator";
                    return false;
                }
                word = s.Substring(start, i - start);
                if (op == Op.Special) { break; }
                var multi = i < s.Length && s[i] == '+';
                if (multi) { i++; }

                if (!Aliases.TryGetValue(word, out var p))
                {
                    found = false;
                    if (!EmptyAliases.Contains(word)) { unknown.Add(word); }
                    break;
                }
                found = true;
                if (p.Kx != 0) { if (kx != 0) { kx &= p.Kx; if (kx == 0) { found = false; break; } } else { kx = p.Kx; } }
                if (p.Au != 0) { if (au != 0) { au &= p.Au; if (au == 0) { found = false; break; } } else { au = p.Au; } }
                if (p.Enc != 0) { if (enc != 0) { enc &= p.Enc; if (enc == 0) { found = false; break; } } else { enc = p.Enc; } }
                if (p.Mac != 0) { if (mac != 0) { mac &= p.Mac; if (mac == 0) { found = false; break; } } else { mac = p.Mac; } }
                var ps = p.Strength & OpenSslStrength.StrongMask;
                if (ps != 0)
                {
                    if ((st & OpenSslStrength.StrongMask) != 0)
                    {
                        st &= ps | ~OpenSslStrength.StrongMask;
                        if ((st & OpenSslStrength.StrongMask) == 0) { found = false; break; }
                    }
                    else { st |= ps; }
                }
                var pd = p.Strength & OpenSslStrength.DefaultMask;
                if (pd != 0)
                {
                    if ((st & OpenSslStrength.DefaultMask) != 0)
                    {
                        st &= pd | ~OpenSslStrength.DefaultMask;
                        if ((st & OpenSslStrength.DefaultMask) == 0) { found = false; break; }
                    }
                    else { st |= pd; }
                }
                if (p.Cipher >= 0) { cipher = p.Cipher; }
                else if (p.MinTls != 0)
                {
                    if (minTls != 0 && minTls != p.MinTls) { found = false; break; }
                    minTls = p.MinTls;
                }
                if (!multi) { break; }
            }

            if (op == Op.Special)
            {
                if (word == "STRENGTH") { list.StrengthSort(); }
                else if (word.Length == 10 && word.StartsWith("SECLEVEL=", StringComparison.Ordinal) && word[9] is >= '0' and <= '5') { level = word[9] - '0'; }
                else
                {
                    error ??= $"unknown command '@{word}' (OpenSSL knows @STRENGTH and @SECLEVEL=0..5)";
                    ok = false;
                }
                while (i < s.Length && !IsSep(s[i])) { i++; }
            }
            else if (found)
            {
                list.Apply(new Pattern(kx, au, enc, mac, minTls, st, cipher), op, -1);
            }
            else
            {
                while (i < s.Length && !IsSep(s[i])) { i++; }
            }
        }
        return ok;
    }

    private static Dictionary<string, Pattern> BuildAliases()
    {
        var d = new Dictionary<string, Pattern>(StringComparer.Ordinal);
        foreach (var c in OpenSslCipherTable.All)
        {
            d[c.Name] = new Pattern(c.Kx, c.Auth, c.Enc, c.Mac, (int)c.MinTls, c.Strength, c.Index);
        }
        const OpenSslEnc notNull = OpenSslEnc.All & ~OpenSslEnc.Null;
        const OpenSslAuth notNullAuth = (OpenSslAuth)0x3F & ~OpenSslAuth.Null;
        void A(OpenSslKx kx, OpenSslAuth au, OpenSslEnc enc, OpenSslMac mac, int minTls, OpenSslStrength st, params string[] names)
        {
            foreach (var n in names) { d[n] = new Pattern(kx, au, enc, mac, minTls, st); }
        }
        A(0, 0, notNull, 0, 0, 0, "ALL");
        A(0, 0, OpenSslEnc.Null, 0, 0, 0, "COMPLEMENTOFALL", "eNULL", "NULL");
        A(0, 0, notNull, 0, 0, OpenSslStrength.NotDefault, "COMPLEMENTOFDEFAULT");
        A(0, 0, 0, 0, 0, OpenSslStrength.High, "HIGH");
        A(0, 0, notNull, 0, 0, OpenSslStrength.Fips, "FIPS");
        A(0, OpenSslAuth.Null, 0, 0, 0, 0, "aNULL");
        A(OpenSslKx.Rsa, 0, 0, 0, 0, 0, "kRSA", "RSA");
        A(0, OpenSslAuth.Rsa, 0, 0, 0, 0, "aRSA");
        A(OpenSslKx.Dhe, 0, 0, 0, 0, 0, "kDHE", "kEDH", "DH");
        A(OpenSslKx.Dhe, notNullAuth, 0, 0, 0, 0, "DHE", "EDH");
        A(OpenSslKx.Dhe, OpenSslAuth.Null, 0, 0, 0, 0, "ADH");
        A(OpenSslKx.Ecdhe, 0, 0, 0, 0, 0, "kECDHE", "kEECDH", "ECDH");
        A(OpenSslKx.Ecdhe, notNullAuth, 0, 0, 0, 0, "ECDHE", "EECDH");
        A(OpenSslKx.Ecdhe, OpenSslAuth.Null, 0, 0, 0, 0, "AECDH");
        A(0, OpenSslAuth.Dss, 0, 0, 0, 0, "aDSS", "DSS");
        A(0, OpenSslAuth.Ecdsa, 0, 0, 0, 0, "aECDSA", "ECDSA");
        A(OpenSslKx.Psk, 0, 0, 0, 0, 0, "kPSK");
        A(OpenSslKx.RsaPsk, 0, 0, 0, 0, 0, "kRSAPSK");
        A(OpenSslKx.DhePsk, 0, 0, 0, 0, 0, "kDHEPSK");
        A(OpenSslKx.EcdhePsk, 0, 0, 0, 0, 0, "kECDHEPSK");
        A(PskKx, 0, 0, 0, 0, 0, "PSK");
        A(0, OpenSslAuth.Psk, 0, 0, 0, 0, "aPSK");
        A(OpenSslKx.Srp, 0, 0, 0, 0, 0, "kSRP", "SRP");
        A(0, OpenSslAuth.Srp, 0, 0, 0, 0, "aSRP");
        A(0, 0, 0, 0, (int)OpenSslMinTls.Tls12, 0, "TLSv1.2");
        A(0, 0, 0, 0, (int)OpenSslMinTls.Tls10, 0, "TLSv1.0", "TLSv1");
        A(0, 0, 0, 0, (int)OpenSslMinTls.Ssl3, 0, "SSLv3");
        A(0, 0, OpenSslEnc.Aes128 | OpenSslEnc.AesGcm128 | OpenSslEnc.AesCcm128 | OpenSslEnc.AesCcm8_128, 0, 0, 0, "AES128");
        A(0, 0, OpenSslEnc.Aes256 | OpenSslEnc.AesGcm256 | OpenSslEnc.AesCcm256 | OpenSslEnc.AesCcm8_256, 0, 0, 0, "AES256");
        A(0, 0, OpenSslEnc.Aes128 | OpenSslEnc.AesGcm128 | OpenSslEnc.AesCcm128 | OpenSslEnc.AesCcm8_128
            | OpenSslEnc.Aes256 | OpenSslEnc.AesGcm256 | OpenSslEnc.AesCcm256 | OpenSslEnc.AesCcm8_256, 0, 0, 0, "AES");
        A(0, 0, OpenSslEnc.AesGcm128 | OpenSslEnc.AesGcm256, 0, 0, 0, "AESGCM");
        A(0, 0, OpenSslEnc.AesCcm128 | OpenSslEnc.AesCcm256 | OpenSslEnc.AesCcm8_128 | OpenSslEnc.AesCcm8_256, 0, 0, 0, "AESCCM");
        A(0, 0, OpenSslEnc.AesCcm8_128 | OpenSslEnc.AesCcm8_256, 0, 0, 0, "AESCCM8");
        A(0, 0, OpenSslEnc.Camellia128, 0, 0, 0, "CAMELLIA128");
        A(0, 0, OpenSslEnc.Camellia256, 0, 0, 0, "CAMELLIA256");
        A(0, 0, OpenSslEnc.Camellia128 | OpenSslEnc.Camellia256, 0, 0, 0, "CAMELLIA");
        A(0, 0, OpenSslEnc.AriaGcm128, 0, 0, 0, "ARIA128");
        A(0, 0, OpenSslEnc.AriaGcm256, 0, 0, 0, "ARIA256");
        A(0, 0, OpenSslEnc.AriaGcm128 | OpenSslEnc.AriaGcm256, 0, 0, 0, "ARIA", "ARIAGCM");
        A(0, 0, OpenSslEnc.ChaCha20, 0, 0, 0, "CHACHA20");
        A(0, 0, OpenSslEnc.Aes128 | OpenSslEnc.Aes256 | OpenSslEnc.Camellia128 | OpenSslEnc.Camellia256, 0, 0, 0, "CBC");
        A(0, 0, 0, OpenSslMac.Md5, 0, 0, "MD5");
        A(0, 0, 0, OpenSslMac.Sha1, 0, 0, "SHA1", "SHA");
        A(0, 0, 0, OpenSslMac.Sha256, 0, 0, "SHA256");
        A(0, 0, 0, OpenSslMac.Sha384, 0, 0, "SHA384");
        return d;
    }

    /// <summary>OpenSSL's preference order before any string is applied: ECDHE first (ECDSA before RSA), AES-GCM, then
    /// ChaCha20, then other AES; MD5, anonymous, static RSA and plain PSK towards the end; sorted by strength; then TLS 1.2
    /// suites, AEAD, forward secrecy, and forward-secret AEAD bumped to the front in turn.</summary>
    private static (int[], int[], int, int) BuildDefaultOrder()
    {
        var l = new CipherList(initial: true);
        l.Apply(new Pattern(OpenSslKx.Ecdhe, OpenSslAuth.Ecdsa, 0, 0, 0, 0), Op.Add, -1);
        l.Apply(new Pattern(OpenSslKx.Ecdhe, 0, 0, 0, 0, 0), Op.Add, -1);
        l.Apply(new Pattern(OpenSslKx.Ecdhe, 0, 0, 0, 0, 0), Op.Del, -1);
        l.Apply(new Pattern(0, 0, OpenSslEnc.AesGcm128 | OpenSslEnc.AesGcm256, 0, 0, 0), Op.Add, -1);
        l.Apply(new Pattern(0, 0, OpenSslEnc.ChaCha20, 0, 0, 0), Op.Add, -1);
        l.Apply(new Pattern(0, 0, OpenSslEnc.Aes128 | OpenSslEnc.Aes256 | OpenSslEnc.AesCcm128 | OpenSslEnc.AesCcm256 | OpenSslEnc.AesCcm8_128 | OpenSslEnc.AesCcm8_256, 0, 0, 0), Op.Add, -1);
        l.Apply(Pattern.Any, Op.Add, -1);
        l.Apply(new Pattern(0, 0, 0, OpenSslMac.Md5, 0, 0), Op.Ord, -1);
        l.Apply(new Pattern(0, OpenSslAuth.Null, 0, 0, 0, 0), Op.Ord, -1);
        l.Apply(new Pattern(OpenSslKx.Rsa, 0, 0, 0, 0, 0), Op.Ord, -1);
        l.Apply(new Pattern(OpenSslKx.Psk, 0, 0, 0, 0, 0), Op.Ord, -1);
        l.StrengthSort();
        l.Apply(new Pattern(0, 0, 0, 0, (int)OpenSslMinTls.Tls12, 0), Op.Bump, -1);
        l.Apply(new Pattern(0, 0, 0, OpenSslMac.Aead, 0, 0), Op.Bump, -1);
        l.Apply(new Pattern(OpenSslKx.Dhe | OpenSslKx.Ecdhe, 0, 0, 0, 0, 0), Op.Bump, -1);
        l.Apply(new Pattern(OpenSslKx.Dhe | OpenSslKx.Ecdhe, 0, 0, OpenSslMac.Aead, 0, 0), Op.Bump, -1);
        l.Apply(Pattern.Any, Op.Del, -1);
        return (l.Prev, l.Next, l.Head, l.Tail);
    }

    /// <summary>OpenSSL's working list: every suite in a doubly linked list with an active flag; KILL unlinks.</summary>
    private sealed class CipherList
    {
        private readonly IReadOnlyList<OpenSslCipher> _all = OpenSslCipherTable.All;
        internal readonly int[] Prev;
        internal readonly int[] Next;
        private readonly bool[] _active;
        internal int Head;
        internal int Tail;

        internal CipherList(bool initial = false)
        {
            var n = _all.Count;
            _active = new bool[n];
            if (initial)
            {
                Prev = new int[n];
                Next = new int[n];
                for (var k = 0; k < n; k++) { Prev[k] = k - 1; Next[k] = k + 1 < n ? k + 1 : -1; }
                Head = n > 0 ? 0 : -1;
                Tail = n - 1;
            }
            else
            {
                var d = DefaultOrder;
                Prev = (int[])d.Prev.Clone();
                Next = (int[])d.Next.Clone();
                Head = d.Head;
                Tail = d.Tail;
            }
        }

        internal List<OpenSslCipher> Active()
        {
            var r = new List<OpenSslCipher>();
            for (var k = Head; k >= 0; k = Next[k]) { if (_active[k]) { r.Add(_all[k]); } }
            return r;
        }

        private void Unlink(int k)
        {
            if (Prev[k] >= 0) { Next[Prev[k]] = Next[k]; } else { Head = Next[k]; }
            if (Next[k] >= 0) { Prev[Next[k]] = Prev[k]; } else { Tail = Prev[k]; }
            Prev[k] = -1;
            Next[k] = -1;
        }

        private void AppendTail(int k)
        {
            if (k == Tail) { return; }
            Unlink(k);
            Prev[k] = Tail;
            Next[k] = -1;
            if (Tail >= 0) { Next[Tail] = k; } else { Head = k; }
            Tail = k;
        }

        private void AppendHead(int k)
        {
            if (k == Head) { return; }
            Unlink(k);
            Next[k] = Head;
            Prev[k] = -1;
            if (Head >= 0) { Prev[Head] = k; } else { Tail = k; }
            Head = k;
        }

        private bool Matches(OpenSslCipher c, in Pattern p, int strengthBits)
        {
            if (strengthBits >= 0) { return c.StrengthBits == strengthBits; }
            if (p.Cipher >= 0 && p.Cipher != c.Index) { return false; }
            if (p.Kx != 0 && (p.Kx & c.Kx) == 0) { return false; }
            if (p.Au != 0 && (p.Au & c.Auth) == 0) { return false; }
            if (p.Enc != 0 && (p.Enc & c.Enc) == 0) { return false; }
            if (p.Mac != 0 && (p.Mac & c.Mac) == 0) { return false; }
            if (p.MinTls != 0 && p.MinTls != (int)c.MinTls) { return false; }
            var ps = p.Strength & OpenSslStrength.StrongMask;
            if (ps != 0 && (ps & c.Strength) == 0) { return false; }
            var pd = p.Strength & OpenSslStrength.DefaultMask;
            if (pd != 0 && (pd & c.Strength) == 0) { return false; }
            return true;
        }

        internal void Apply(in Pattern p, Op op, int strengthBits)
        {
            if (Head < 0) { return; }
            var reverse = op is Op.Del or Op.Bump;
            var next = reverse ? Tail : Head;
            var last = reverse ? Head : Tail;
            var curr = -1;
            while (true)
            {
                if (curr == last) { break; }
                curr = next;
                if (curr < 0) { break; }
                next = reverse ? Prev[curr] : Next[curr];
                if (!Matches(_all[curr], p, strengthBits)) { continue; }
                switch (op)
                {
                    case Op.Add:
                        if (!_active[curr]) { AppendTail(curr); _active[curr] = true; }
                        break;
                    case Op.Ord:
                        if (_active[curr]) { AppendTail(curr); }
                        break;
                    case Op.Del:
                        if (_active[curr]) { AppendHead(curr); _active[curr] = false; }
                        break;
                    case Op.Bump:
                        if (_active[curr]) { AppendHead(curr); }
                        break;
                    case Op.Kill:
                        _active[curr] = false;
                        Unlink(curr);
                        break;
                }
            }
        }

        internal void StrengthSort()
        {
            var max = 0;
            for (var k = Head; k >= 0; k = Next[k]) { if (_active[k] && _all[k].StrengthBits > max) { max = _all[k].StrengthBits; } }
            var uses = new int[max + 1];
            for (var k = Head; k >= 0; k = Next[k]) { if (_active[k]) { uses[_all[k].StrengthBits]++; } }
            for (var b = max; b >= 0; b--)
            {
                if (uses[b] > 0) { Apply(Pattern.Any, Op.Ord, b); }
            }
        }
    }
}
