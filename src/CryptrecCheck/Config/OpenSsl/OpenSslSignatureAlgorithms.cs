using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Config.OpenSsl;

/// <summary>
/// OpenSSL's TLS signature algorithms (SSL_CONF "SignatureAlgorithms" / "ClientSignatureAlgorithms", nginx and Apache
/// pass them through ssl_conf_command / SSLOpenSSLConfCmd): which schemes a value names, OpenSSL's built-in list when
/// none is set, and which of them a security level leaves usable. Every fact here was checked against OpenSSL 3.0.19's
/// client (<c>openssl s_client -sigalgs … -trace</c>, the list it sends at each @SECLEVEL): docs/config.md, "Signature algorithms".
/// </summary>
internal static class OpenSslSignatureAlgorithms
{
    /// <summary>OpenSSL 3.0's built-in list, in its order, as its client sends it at security level 0.</summary>
    internal static readonly string[] Default =
    {
        "ecdsa_secp256r1_sha256", "ecdsa_secp384r1_sha384", "ecdsa_secp521r1_sha512", "ed25519", "ed448",
        "rsa_pss_pss_sha256", "rsa_pss_pss_sha384", "rsa_pss_pss_sha512", "rsa_pss_rsae_sha256", "rsa_pss_rsae_sha384", "rsa_pss_rsae_sha512",
        "rsa_pkcs1_sha256", "rsa_pkcs1_sha384", "rsa_pkcs1_sha512", "ecdsa_sha224", "ecdsa_sha1", "rsa_pkcs1_sha224", "rsa_pkcs1_sha1",
        "dsa_sha224", "dsa_sha1", "dsa_sha256", "dsa_sha384", "dsa_sha512",
    };

    /// <summary>The directive reported where a server sets no signature algorithms: the built-in list, marked default, with
    /// <paramref name="why"/> (where it was not set, and how to set it) and what this audit cannot see.</summary>
    internal static ConfigDirective DefaultDirective(string file, int line, string directive, params string[] why) => new()
    {
        File = file, Line = line, Directive = directive, Value = string.Join(':', Default), Kind = DirectiveKind.TlsSignatureAlgorithms,
        Names = Default, IsDefault = true,
        Notes = why.Append("OpenSSL's built-in list (OpenSSL 3.0), less what the security level forbids; OpenSSL's system configuration "
            + "(openssl.cnf, SignatureAlgorithms in the system_default section) can set it for every server; it is audited as a file of its own "
            + "(config /etc/ssl/openssl.cnf), not combined with this server's settings").ToList(),
    };

    /// <summary>The scheme names OpenSSL 3.0 accepts in a list, exactly as it spells them (its lookup is case-sensitive);
    /// other names of the TLS registry (ecdsa_sha1, dsa_*, the brainpool and ML-DSA schemes, …) it rejects.</summary>
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "rsa_pkcs1_sha1", "rsa_pkcs1_sha224", "rsa_pkcs1_sha256", "rsa_pkcs1_sha384", "rsa_pkcs1_sha512",
        "ecdsa_secp256r1_sha256", "ecdsa_secp384r1_sha384", "ecdsa_secp521r1_sha512", "ed25519", "ed448",
        "rsa_pss_rsae_sha256", "rsa_pss_rsae_sha384", "rsa_pss_rsae_sha512", "rsa_pss_pss_sha256", "rsa_pss_pss_sha384", "rsa_pss_pss_sha512",
    };

    /// <summary>The schemes a value names, or why OpenSSL rejects it (it then rejects the whole command: nginx and Apache do
    /// not start). Entries are "ALG+HASH" or "HASH+ALG" (ALG exactly RSA, RSA-PSS, PSS, DSA or ECDSA; HASH SHA1, SHA224,
    /// SHA256, SHA384 or SHA512, all upper or all lower case) or a scheme name OpenSSL 3.0 knows; a scheme named twice (in
    /// either form) is rejected too.</summary>
    internal static (IReadOnlyList<string> Schemes, string? Problem) Parse(string value)
    {
        var schemes = new List<string>();
        if (value.Trim().Length == 0) { return (schemes, "names no signature algorithm: OpenSSL rejects the configuration command"); }
        foreach (var raw in value.Split(':'))
        {
            var entry = raw.Trim();
            if (entry.Length == 0) { return (schemes, "an empty entry in the list: OpenSSL rejects the configuration command"); }
            var parts = entry.Split('+');
            string? scheme;
            if (parts.Length == 2)
            {
                scheme = Pair(parts[0], parts[1]) ?? Pair(parts[1], parts[0]);
            }
            else if (parts.Length == 1 && Names.Contains(entry))
            {
                scheme = entry;
            }
            else
            {
                if (parts.Length == 1 && TlsRegistry.FindSignatureScheme(entry) is { } known)
                {
                    return (schemes, $"OpenSSL 3.0 does not accept the name \"{entry}\" ({known.Name} is not in its list of names; it compares them exactly) and rejects the configuration command; a later OpenSSL may accept it");
                }
                scheme = null;
            }
            if (scheme == null) { return (schemes, $"\"{entry}\" is not a signature algorithm OpenSSL knows: OpenSSL rejects the configuration command"); }
            if (schemes.Contains(scheme, StringComparer.Ordinal))
            {
                return (schemes, $"\"{entry}\" names {scheme} a second time: OpenSSL rejects the configuration command");
            }
            schemes.Add(scheme);
        }
        return (schemes, null);
    }

    /// <summary>The scheme of "ALG+HASH", or null when OpenSSL 3.0 knows no such pair.</summary>
    private static string? Pair(string alg, string hashWord)
    {
        // OpenSSL looks the hash up by its short name (SHA256) or long name (sha256): nothing in between.
        string? hash = hashWord switch
        {
            "SHA1" or "sha1" => "sha1", "SHA224" or "sha224" => "sha224", "SHA256" or "sha256" => "sha256",
            "SHA384" or "sha384" => "sha384", "SHA512" or "sha512" => "sha512", _ => null,
        };
        if (hash == null) { return null; }
        return (alg, hash) switch
        {
            ("RSA", _) => "rsa_pkcs1_" + hash,
            ("RSA-PSS" or "PSS", "sha256" or "sha384" or "sha512") => "rsa_pss_rsae_" + hash,
            ("DSA", _) => "dsa_" + hash,
            ("ECDSA", "sha1" or "sha224") => "ecdsa_" + hash,
            ("ECDSA", "sha256") => "ecdsa_secp256r1_sha256",
            ("ECDSA", "sha384") => "ecdsa_secp384r1_sha384",
            ("ECDSA", "sha512") => "ecdsa_secp521r1_sha512",
            _ => null,
        };
    }

    /// <summary>True for the schemes TLS 1.3 signs its handshake with (RFC 8446 §4.2.3: ECDSA bound to its curve, RSA-PSS,
    /// EdDSA); RSASSA-PKCS1-v1_5, DSA and the SHA-1/SHA-224 pairs are TLS 1.2's.</summary>
    internal static bool UsedByTls13(string scheme) =>
        scheme.StartsWith("ecdsa_secp", StringComparison.Ordinal) || scheme.StartsWith("rsa_pss_", StringComparison.Ordinal) || scheme is "ed25519" or "ed448";

    /// <summary>True when OpenSSL uses the scheme at this security level: the hash's (or EdDSA's) security bits must reach
    /// the level's minimum (1: 80, 2: 112, 3: 128, 4: 192, 5: 256), and OpenSSL 3 counts SHA-1 signatures in TLS below 80.</summary>
    internal static bool Usable(string scheme, int level)
    {
        var need = level switch { <= 0 => 0, 1 => 80, 2 => 112, 3 => 128, 4 => 192, _ => 256 };
        var s = scheme.ToLowerInvariant();
        var bits = s.EndsWith("sha1", StringComparison.Ordinal) ? 64
            : s.EndsWith("sha224", StringComparison.Ordinal) ? 112
            : s.EndsWith("sha384", StringComparison.Ordinal) ? 192
            : s.EndsWith("sha512", StringComparison.Ordinal) ? 256
            : s == "ed448" ? 224
            : 128;
        return bits >= need;
    }
}
