using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using CryptrecCheck.Policy.Internal;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Policy.Naming;

/// <summary>
/// Resolves the names users meet to assets: .NET type names, HashAlgorithmName and CryptoConfig names, XML-DSig URIs,
/// OIDs, BouncyCastle classes and algorithm strings, OpenSSL and JCA names, IANA TLS names and code points, TLS groups,
/// signature schemes and protocol versions. Case-insensitive; separators (-, _, /, spaces) do not matter.
/// Pure and thread-safe; <see cref="PolicyEngine"/> caches its answers.
/// </summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class NameResolver
{
    /// <summary>Names longer than this are rejected as input errors.</summary>
    public const int MaxNameLength = 256;

    private static readonly Dictionary<string, (string Canonical, CryptoAsset Asset, string Ns)> Exact = BuildExact();

    // Resolution is pure and its result immutable, so answers are shared. The analyzers resolve the same few names (type
    // names, HashAlgorithmName members) at every use, thousands of times per build; a resolution costs tens of microseconds
    // (normalisation, the pasted-form and parser passes), a cache hit one dictionary probe. Bounded for long IDE sessions.
    private static readonly Internal.BoundedCache<string, Resolution> Answers = new(4096, StringComparer.Ordinal);

    /// <summary>Resolves one name.</summary>
    [MethodImpl(HotPath.Options)]
    public static Resolution Resolve(string? input)
    {
        var raw = input ?? string.Empty;
        return raw.Length > MaxNameLength ? ResolveUncached(raw) : Answers.GetOrAdd(raw, ResolveUncached);
    }

    private static readonly Internal.BoundedCache<string, CryptoAsset?> TypeNames = new(4096, StringComparer.Ordinal);

    /// <summary>
    /// The asset a library type's simple name stands for (<c>SHA256</c>, <c>HMACSHA1</c>, <c>DesEdeEngine</c>), or null:
    /// the asset <see cref="Resolve"/> gives for the name (a test compares the two over every public type of .NET's
    /// cryptography, BouncyCastle and the identity frameworks), without the passes for pasted forms — JOSE, OpenSSH and
    /// Windows names, tool output — whose tables and patterns an analyzer would otherwise build at its first type (an ASCII
    /// identifier matches none of the tool-output patterns, and the test shows no library type is named like a JOSE,
    /// OpenSSH or Windows name). Names that are not ASCII identifiers take the full resolver.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    public static CryptoAsset? ResolveTypeName(string name)
    {
        if (name.Length == 0 || name.Length > MaxNameLength || !IsAsciiIdentifier(name)) { return Resolve(name).Resolved?.Asset; }
        return TypeNames.GetOrAdd(name, n =>
        {
            try
            {
                return Families.ContainsKey(Lexicon.Squash(n)) ? null : ResolveCore(n)?.Asset;
            }
            catch (Exception e) when (e is NameParser.Failure or FormatException or OverflowException or ArgumentException or IndexOutOfRangeException)
            {
                return null; // as Resolve: an input error, no asset
            }
        });
    }

    private static bool IsAsciiIdentifier(string s)
    {
        if (!(s[0] is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_')) { return false; }
        foreach (var c in s)
        {
            if (!(c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')) { return false; }
        }
        return true;
    }

    private static Resolution ResolveUncached(string raw)
    {
        if (raw.Length > MaxNameLength * 4) { return Resolution.Invalid(raw, $"name longer than {MaxNameLength} characters"); }
        if (InputText.FindHidden(raw) is { } hidden) { return Resolution.Invalid(raw, hidden); }
        var name = InputText.Normalize(raw).Trim().Trim('"', '\'', '`').Trim();
        if (name.Length == 0) { return Resolution.Invalid(raw, "empty name"); }
        if (name.Length > MaxNameLength) { return Resolution.Invalid(raw, $"name longer than {MaxNameLength} characters"); }

        try
        {
            // Names as pasted (issue 11, PastedForms.cs): exact JOSE, OpenSSH and Windows spellings first.
            var pasted = PastedForms.ResolveExact(name, ResolveCore);
            if (pasted != null) { return Resolution.Ok(raw, pasted with { Input = raw }); }

            if (Families.TryGetValue(Lexicon.Squash(name), out var family)) { return Resolution.Vague(raw, family.En, family.Ja); }
            var r = ResolveCore(name);
            if (r != null) { return Resolution.Ok(raw, r with { Input = raw }); }

            // Dotted .NET/BouncyCastle names: try each identifier segment, rightmost first
            // (System.Security.Cryptography.SHA1Managed, HashAlgorithmName.SHA1, SHA256.HashData, SslProtocols.Tls12).
            if (IsDottedIdentifier(name))
            {
                var parts = name.Split('.');
                for (var i = parts.Length - 1; i >= 0; i--)
                {
                    var seg = ResolveCore(parts[i]);
                    if (seg != null) { return Resolution.Ok(raw, seg with { Input = raw, Namespace = "dotnet/bouncycastle" }); }
                }
            }
            // Names as pasted (issue 11, PastedForms.cs): tool output and labelled lines, unwrapped.
            var wrapped = PastedForms.ResolveWrapped(name, ResolveCore);
            if (wrapped != null) { return Resolution.Ok(raw, wrapped with { Input = raw }); }
            return Resolution.Unknown(raw);
        }
        catch (NameParser.Failure f)
        {
            return Resolution.Invalid(raw, f.Message);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException or IndexOutOfRangeException)
        {
            // Resolution is total: a defect in a parser must surface as an input error naming the input, never as a
            // crash of the CLI or an AD0001 in the IDE. The fuzz test keeps this branch unreached.
            return Resolution.Invalid(raw, $"the name could not be read ({e.GetType().Name})");
        }
    }

    /// <summary>Family names that cover listed and unlisted members alike: judged only once the member is named.</summary>
    private static readonly Dictionary<string, (string En, string Ja)> Families = new(StringComparer.Ordinal)
    {
        ["SHA2"] = ("SHA-2 is a family: SHA-256, SHA-384, SHA-512 and SHA-512/256 are on Table 1, SHA-224 and SHA-512/224 are not listed. Name the member, e.g. SHA-256.",
                    "SHA-2 はハッシュ関数の系列である。SHA-256、SHA-384、SHA-512、SHA-512/256 は表１に記載、SHA-224 と SHA-512/224 は記載なし。SHA-256 のように具体的に指定すること。"),
    };

    private static ResolvedName? ResolveCore(string name)
    {
        if (Exact.TryGetValue(name, out var ex)) { return new ResolvedName(name, ex.Canonical, ex.Asset, ex.Ns); }

        if (IsOid(name))
        {
            return OidTable.ByOid.TryGetValue(name, out var o)
                ? new ResolvedName(name, $"{o.Name} ({Describe(o.Asset)})", o.Asset, "oid")
                : null;
        }

        if (TryHexCode(name, out var code))
        {
            var suite = TlsRegistry.FindSuite(code);
            return suite == null ? null : Suite(name, suite, "iana-tls-code");
        }

        var s = TlsRegistry.FindSuite(name);
        if (s != null) { return Suite(name, s, name.StartsWith("TLS_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("SSL_", StringComparison.OrdinalIgnoreCase) ? "iana-tls" : "openssl"); }
        if (Curves.Find(name) is { } curve && !name.StartsWith("1.", StringComparison.Ordinal))
        {
            var ca = curve.Form switch
            {
                CurveForm.Edwards => new CryptoAsset { Algorithm = Algorithms.EdDsa, Curve = curve.Name },
                CurveForm.Montgomery => new CryptoAsset { Algorithm = Algorithms.Ecdh, Curve = curve.Name },
                _ => new CryptoAsset { Algorithm = Algorithms.EcKey, Curve = curve.Name },
            };
            return new ResolvedName(name, Describe(ca), ca, "curve");
        }
        var g = TlsRegistry.FindGroup(name);
        if (g != null) { var a = TlsAssets.ForGroup(g); return new ResolvedName(name, $"{g.Name} (TLS group 0x{g.Code:X4})", a, "tls-group"); }
        var sc = TlsRegistry.FindSignatureScheme(name);
        if (sc != null) { var a = TlsAssets.ForSignatureScheme(sc); return new ResolvedName(name, $"{sc.Name} (TLS signature scheme 0x{sc.Code:X4})", a, "tls-signature-scheme"); }

        var squashed = Lexicon.Squash(name);
        if (squashed.Length == 0) { return null; }
        if (Protocols.TryGetValue(squashed, out var version))
        {
            return new ResolvedName(name, version.Display(), TlsAssets.ForProtocol(version), "tls-version");
        }
        if (Exact.TryGetValue(squashed, out ex)) { return new ResolvedName(name, ex.Canonical, ex.Asset, ex.Ns); }
        if (HasAbsurdNumber(squashed)) { throw new NameParser.Failure("a number in the name is too large to be a key size or parameter"); }

        // PQC signature families whose parameter-set names (SLH-DSA-SHA2-128s, Falcon-512, XMSS-SHA2_10_256) are not
        // key sizes: the family decides the status, the rest is kept as the parameter set.
        foreach (var (prefix, family) in PqcFamilies)
        {
            if (squashed.StartsWith(prefix, StringComparison.Ordinal) && IsFamilyRemainder(name, squashed.Substring(prefix.Length)))
            {
                var pa = new CryptoAsset { Algorithm = family, ParameterSet = squashed.Length > prefix.Length ? name : null };
                return new ResolvedName(name, name, pa, "algorithm-name");
            }
        }

        var tokens = Tokenizer.Tokenize(squashed);
        if (tokens == null) { return null; }
        var asset = NameParser.Parse(tokens);
        return asset == null ? null : new ResolvedName(name, Describe(asset), asset, "algorithm-name");
    }

    private static ResolvedName Suite(string input, TlsCipherSuite suite, string ns) =>
        new(input, $"{suite.Name} ({suite.CodeText})", TlsAssets.ForSuite(suite), ns);

    /// <summary>The canonical display name of an asset.</summary>
    public static string Describe(CryptoAsset a)
    {
        if (a.Components != null)
        {
            var parts = new List<string>();
            foreach (var c in a.Components) { parts.Add(c.Describe()); }
            return a.TlsKind != TlsItemKind.None ? a.Algorithm : string.Join(" + ", parts);
        }
        if (a.Algorithm == Algorithms.EcKey && a.Curve != null) { return $"EC key on {a.Curve}"; }
        return a.Describe();
    }

    private static bool IsOid(string s)
    {
        if (s.Length < 3 || !InputText.IsAsciiDigit(s[0]) || !InputText.IsAsciiDigit(s[s.Length - 1])) { return false; }
        var dots = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '.') { if (s[i - 1] == '.') { return false; } dots++; }
            else if (c < '0' || c > '9') { return false; }
        }
        return dots >= 2;
    }

    private static bool IsDottedIdentifier(string s)
    {
        if (s.IndexOf('.') < 0 || s.Contains("://")) { return false; }
        foreach (var part in s.Split('.'))
        {
            if (part.Length == 0 || !(char.IsLetter(part[0]) || part[0] == '_')) { return false; }
            foreach (var c in part) { if (!(char.IsLetterOrDigit(c) || c == '_')) { return false; } }
        }
        return true;
    }

    private static bool HasAbsurdNumber(string squashed)
    {
        var run = 0;
        foreach (var c in squashed)
        {
            run = InputText.IsAsciiDigit(c) ? run + 1 : 0;
            if (run > 9) { return true; }
        }
        return false;
    }

    /// <summary>Cipher-suite code points: 0xC02F, 0xC0,0x2F, C0,2F, {0xC0, 0x2F}, 0x000A; SSL 2.0 kinds 0x0700C0.</summary>
    private static bool TryHexCode(string s, out int code)
    {
        code = 0;
        var t = s.Trim('{', '}', ' ', '[', ']');
        var parts = t.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 2 or 3)
        {
            var v = 0;
            foreach (var p in parts)
            {
                var h = p.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? p.Substring(2) : p;
                if (h.Length is 0 or > 2 || !int.TryParse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b)) { return false; }
                v = (v << 8) | b;
            }
            code = v;
            return true;
        }
        if (parts.Length == 1 && t.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            var h = t.Substring(2);
            if (h.Length is 0 or > 6) { return false; }
            return int.TryParse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out code);
        }
        return false;
    }

    private static readonly string[] FamilyClassSuffixes =
    {
        "SIGNER", "KEYPAIRGENERATOR", "KEYGENERATOR", "ENGINE", "KEM", "KEMGENERATOR", "KEMEXTRACTOR", "ENCAPSULATOR", "DECAPSULATOR",
        "PLUS", "PLUSSIGNER", "PLUSKEYPAIRGENERATOR", "MT", "MTSIGNER", "MTKEYPAIRGENERATOR",
    };

    /// <summary>What may follow a PQC family name: nothing, a parameter set (a digit or a separator: Falcon-512,
    /// SLH-DSA-SHA2-128s, XMSS_SHA2_10_256) or an algorithm class (FalconSigner) — not a helper type (FalconFpr).</summary>
    private static bool IsFamilyRemainder(string original, string rest)
    {
        if (rest.Length == 0 || InputText.IsAsciiDigit(rest[0])) { return true; }
        foreach (var suffix in FamilyClassSuffixes) { if (rest == suffix) { return true; } }
        // A separated spelling marks a parameter set: SLH-DSA-SHA2-128s, XMSS_SHA2_10_256.
        return original.IndexOfAny(Separators) >= 0;
    }

    private static readonly char[] Separators = { '-', '_', '/', ' ' };

    private static readonly (string Prefix, string Family)[] PqcFamilies =
    {
        ("SLHDSA", Algorithms.SlhDsa), ("SPHINCS", Algorithms.SlhDsa), ("FNDSA", Algorithms.FnDsa), ("FALCON", Algorithms.FnDsa),
        ("XMSS", Algorithms.Xmss), ("LMS", Algorithms.Lms), ("HSS", Algorithms.Lms), ("CLASSICMCELIECE", Algorithms.ClassicMcEliece),
        ("MCELIECE", Algorithms.ClassicMcEliece), ("FRODOKEM", Algorithms.Frodo),
    };

    private static readonly Dictionary<string, TlsProtocolVersion> Protocols = new(StringComparer.Ordinal)
    {
        ["SSL2"] = TlsProtocolVersion.Ssl20, ["SSLV2"] = TlsProtocolVersion.Ssl20, ["SSL20"] = TlsProtocolVersion.Ssl20, ["SSLV20"] = TlsProtocolVersion.Ssl20, ["SSL2VERSION"] = TlsProtocolVersion.Ssl20,
        ["SSL3"] = TlsProtocolVersion.Ssl30, ["SSLV3"] = TlsProtocolVersion.Ssl30, ["SSL30"] = TlsProtocolVersion.Ssl30, ["SSLV30"] = TlsProtocolVersion.Ssl30, ["SSL3VERSION"] = TlsProtocolVersion.Ssl30,
        ["TLS"] = TlsProtocolVersion.Tls10, ["TLS1"] = TlsProtocolVersion.Tls10, ["TLSV1"] = TlsProtocolVersion.Tls10, ["TLS10"] = TlsProtocolVersion.Tls10, ["TLSV10"] = TlsProtocolVersion.Tls10, ["TLS1VERSION"] = TlsProtocolVersion.Tls10,
        ["TLS11"] = TlsProtocolVersion.Tls11, ["TLSV11"] = TlsProtocolVersion.Tls11, ["TLS11VERSION"] = TlsProtocolVersion.Tls11,
        ["TLS12"] = TlsProtocolVersion.Tls12, ["TLSV12"] = TlsProtocolVersion.Tls12, ["TLS12VERSION"] = TlsProtocolVersion.Tls12,
        ["TLS13"] = TlsProtocolVersion.Tls13, ["TLSV13"] = TlsProtocolVersion.Tls13, ["TLS13VERSION"] = TlsProtocolVersion.Tls13,
    };

    private static Dictionary<string, (string, CryptoAsset, string)> BuildExact()
    {
        var d = new Dictionary<string, (string, CryptoAsset, string)>(StringComparer.OrdinalIgnoreCase);
        void E(string ns, CryptoAsset a, params string[] names)
        {
            foreach (var n in names) { d[n] = (Describe(a), a, ns); }
        }
        // .NET padding objects whose short names collide (Pkcs1 is both an encryption and a signature padding).
        E("dotnet", new CryptoAsset { Algorithm = Algorithms.RsaesPkcs1 }, "RSAEncryptionPadding.Pkcs1", "System.Security.Cryptography.RSAEncryptionPadding.Pkcs1");
        E("dotnet", new CryptoAsset { Algorithm = Algorithms.RsaSsaPkcs1 }, "RSASignaturePadding.Pkcs1", "System.Security.Cryptography.RSASignaturePadding.Pkcs1");
        E("dotnet", new CryptoAsset { Algorithm = Algorithms.RsaPss }, "RSASignaturePadding.Pss", "System.Security.Cryptography.RSASignaturePadding.Pss");
        E("dotnet", new CryptoAsset { Algorithm = Algorithms.CbcMac, Components = null }, "CBC-MAC", "CBCMAC");
        E("dotnet", new CryptoAsset
        {
            Algorithm = "CBC-MAC-Triple DES",
            Components = new[] { new CryptoAsset { Algorithm = Algorithms.CbcMac, Role = ComponentRole.MacOrPrf }, new CryptoAsset { Algorithm = Algorithms.TripleDes, Role = ComponentRole.Cipher } },
        }, "MACTripleDES", "System.Security.Cryptography.MACTripleDES");

        // OpenSSL cipher names where the hyphens carry meaning: des-ede* is 2-key, des-ede3* is 3-key.
        foreach (var m in new[] { ("", Algorithms.Ecb), ("-ecb", Algorithms.Ecb), ("-cbc", Algorithms.Cbc), ("-cfb", Algorithms.Cfb), ("-ofb", Algorithms.Ofb) })
        {
            E("openssl", new CryptoAsset { Algorithm = Algorithms.TripleDes2Key, KeyBits = 112, Mode = m.Item2 }, "des-ede" + m.Item1);
            E("openssl", new CryptoAsset { Algorithm = Algorithms.TripleDes3Key, KeyBits = 168, Mode = m.Item2 }, "des-ede3" + m.Item1);
        }

        // XML-DSig / XML-Enc URIs (W3C; RFC 6931), which CryptoConfig also accepts.
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Sha1 }, "http://www.w3.org/2000/09/xmldsig#sha1");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Md5 }, "http://www.w3.org/2001/04/xmldsig-more#md5");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Sha224 }, "http://www.w3.org/2001/04/xmldsig-more#sha224");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Sha256 }, "http://www.w3.org/2001/04/xmlenc#sha256");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Sha384 }, "http://www.w3.org/2001/04/xmldsig-more#sha384");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Sha512 }, "http://www.w3.org/2001/04/xmlenc#sha512");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Ripemd160 }, "http://www.w3.org/2001/04/xmlenc#ripemd160");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Sha3_256 }, "http://www.w3.org/2007/05/xmldsig-more#sha3-256");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = Algorithms.Sha1 }, "http://www.w3.org/2000/09/xmldsig#hmac-sha1");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = Algorithms.Md5 }, "http://www.w3.org/2001/04/xmldsig-more#hmac-md5");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = Algorithms.Sha256 }, "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = Algorithms.Sha384 }, "http://www.w3.org/2001/04/xmldsig-more#hmac-sha384");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = Algorithms.Sha512 }, "http://www.w3.org/2001/04/xmldsig-more#hmac-sha512");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.RsaSsaPkcs1, Hash = Algorithms.Sha1 }, "http://www.w3.org/2000/09/xmldsig#rsa-sha1");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.RsaSsaPkcs1, Hash = Algorithms.Md5 }, "http://www.w3.org/2001/04/xmldsig-more#rsa-md5");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.RsaSsaPkcs1, Hash = Algorithms.Sha256 }, "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.RsaSsaPkcs1, Hash = Algorithms.Sha384 }, "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.RsaSsaPkcs1, Hash = Algorithms.Sha512 }, "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.RsaPss, Hash = Algorithms.Sha256 }, "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Dsa, Hash = Algorithms.Sha1 }, "http://www.w3.org/2000/09/xmldsig#dsa-sha1");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Dsa, Hash = Algorithms.Sha256 }, "http://www.w3.org/2009/xmldsig11#dsa-sha256");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Ecdsa, Hash = Algorithms.Sha1 }, "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Ecdsa, Hash = Algorithms.Sha256 }, "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Ecdsa, Hash = Algorithms.Sha384 }, "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Ecdsa, Hash = Algorithms.Sha512 }, "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.TripleDes3Key, KeyBits = 168, Mode = Algorithms.Cbc }, "http://www.w3.org/2001/04/xmlenc#tripledes-cbc");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Aes, KeyBits = 128, Mode = Algorithms.Cbc }, "http://www.w3.org/2001/04/xmlenc#aes128-cbc");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Aes, KeyBits = 192, Mode = Algorithms.Cbc }, "http://www.w3.org/2001/04/xmlenc#aes192-cbc");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Aes, KeyBits = 256, Mode = Algorithms.Cbc }, "http://www.w3.org/2001/04/xmlenc#aes256-cbc");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Aes, KeyBits = 128, Mode = Algorithms.Gcm }, "http://www.w3.org/2009/xmlenc11#aes128-gcm");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Aes, KeyBits = 192, Mode = Algorithms.Gcm }, "http://www.w3.org/2009/xmlenc11#aes192-gcm");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Aes, KeyBits = 256, Mode = Algorithms.Gcm }, "http://www.w3.org/2009/xmlenc11#aes256-gcm");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Kw, KeyBits = 128 }, "http://www.w3.org/2001/04/xmlenc#kw-aes128");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.Kw, KeyBits = 256 }, "http://www.w3.org/2001/04/xmlenc#kw-aes256");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.TdesKw }, "http://www.w3.org/2001/04/xmlenc#kw-tripledes");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.RsaesPkcs1 }, "http://www.w3.org/2001/04/xmlenc#rsa-1_5");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.RsaOaep, Hash = Algorithms.Sha1 }, "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p");
        E("xmldsig", new CryptoAsset { Algorithm = Algorithms.RsaOaep }, "http://www.w3.org/2009/xmlenc11#rsa-oaep");

        // SSH algorithm names (RFC 4253, 5656, 8332, 8709, 8731) that the tokenizer would read with the wrong hash.
        E("ssh", new CryptoAsset { Algorithm = Algorithms.RsaSsaPkcs1, Hash = Algorithms.Sha1 }, "ssh-rsa");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Dsa, Hash = Algorithms.Sha1, KeyBits = 1024 }, "ssh-dss");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.RsaSsaPkcs1, Hash = Algorithms.Sha256 }, "rsa-sha2-256");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.RsaSsaPkcs1, Hash = Algorithms.Sha512 }, "rsa-sha2-512");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Ecdsa, Curve = "P-256", Hash = Algorithms.Sha256 }, "ecdsa-sha2-nistp256");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Ecdsa, Curve = "P-384", Hash = Algorithms.Sha384 }, "ecdsa-sha2-nistp384");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Ecdsa, Curve = "P-521", Hash = Algorithms.Sha512 }, "ecdsa-sha2-nistp521");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.EdDsa, Curve = "Ed25519" }, "ssh-ed25519");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.EdDsa, Curve = "Ed448" }, "ssh-ed448");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Dh, KeyBits = 1024, Hash = Algorithms.Sha1 }, "diffie-hellman-group1-sha1");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Dh, KeyBits = 2048, Hash = Algorithms.Sha1 }, "diffie-hellman-group14-sha1");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Dh, KeyBits = 2048, Hash = Algorithms.Sha256 }, "diffie-hellman-group14-sha256");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Dh, KeyBits = 4096, Hash = Algorithms.Sha512 }, "diffie-hellman-group16-sha512");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Dh, KeyBits = 8192, Hash = Algorithms.Sha512 }, "diffie-hellman-group18-sha512");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Ecdh, Curve = "P-256", Hash = Algorithms.Sha256 }, "ecdh-sha2-nistp256");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Ecdh, Curve = "P-384", Hash = Algorithms.Sha384 }, "ecdh-sha2-nistp384");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Ecdh, Curve = "P-521", Hash = Algorithms.Sha512 }, "ecdh-sha2-nistp521");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Ecdh, Curve = "X25519", Hash = Algorithms.Sha256 }, "curve25519-sha256", "curve25519-sha256@libssh.org");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = Algorithms.Sha256 }, "hmac-sha2-256", "hmac-sha2-256-etm@openssh.com");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = Algorithms.Sha512 }, "hmac-sha2-512", "hmac-sha2-512-etm@openssh.com");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = Algorithms.Sha1 }, "hmac-sha1", "hmac-sha1-etm@openssh.com");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Aes, KeyBits = 128, Mode = Algorithms.Gcm }, "aes128-gcm@openssh.com");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Aes, KeyBits = 256, Mode = Algorithms.Gcm }, "aes256-gcm@openssh.com");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.ChaCha20Poly1305 }, "chacha20-poly1305@openssh.com");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.TripleDes3Key, KeyBits = 168, Mode = Algorithms.Cbc }, "3des-cbc");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Rc4, KeyBits = 128 }, "arcfour", "arcfour128");
        E("ssh", new CryptoAsset { Algorithm = Algorithms.Rc4, KeyBits = 256 }, "arcfour256");
        return d;
    }
}
