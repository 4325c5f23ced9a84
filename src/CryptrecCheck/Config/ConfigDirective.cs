using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Config;

/// <summary>What a directive configures, whatever the product's spelling.</summary>
public enum DirectiveKind
{
    /// <summary>An OpenSSL cipher string for TLS 1.0–1.2 (ssl_ciphers, SSLCipherSuite, ciphers, tls_high_cipherlist, …).</summary>
    TlsCipherString,

    /// <summary>A TLS 1.3 suite list (ssl_conf_command Ciphersuites, SSLCipherSuite TLSv1.3, ciphersuites).</summary>
    Tls13Ciphersuites,

    /// <summary>The protocol versions enabled.</summary>
    TlsProtocols,

    /// <summary>Key-exchange groups/curves (ssl_ecdh_curve, Groups, curves).</summary>
    TlsGroups,

    SshCiphers,
    SshMacs,
    SshKex,
    SshHostKeyAlgorithms,
    SshPubkeyAlgorithms,

    /// <summary>A GnuTLS priority string (exim tls_require_ciphers, mod_gnutls GnuTLSPriorities, OpenLDAP TLSCipherSuite,
    /// /etc/gnutls/config): selects protocol versions, suites and groups at once.</summary>
    GnuTlsPriority,

    /// <summary>Algorithms, protocols and suites a configuration enables by name (Java: what is not disabled; Windows: enabled keys, suite lists).</summary>
    EnabledNames,

    /// <summary>The signature schemes a TLS server (or, for ClientSignatureAlgorithms, its client-certificate check) accepts
    /// in the handshake (OpenSSL SignatureAlgorithms through ssl_conf_command / SSLOpenSSLConfCmd).</summary>
    TlsSignatureAlgorithms,
}

/// <summary>
/// One directive as read from a configuration file, already normalised by its reader: a cipher string, a list of names,
/// or a set of protocol versions. <see cref="IsDefault"/> marks a value the product uses because the directive is absent.
/// </summary>
public sealed record ConfigDirective
{
    public required string File { get; init; }

    /// <summary>1-based line; 0 for a default (no line).</summary>
    public required int Line { get; init; }

    /// <summary>The directive as written (ssl_ciphers, SSLProtocol, Ciphers, smtpd_tls_protocols, …).</summary>
    public required string Directive { get; init; }

    /// <summary>The value as written (or the default's text).</summary>
    public required string Value { get; init; }

    public required DirectiveKind Kind { get; init; }

    /// <summary>For <see cref="DirectiveKind.TlsCipherString"/>: the OpenSSL cipher string to expand.</summary>
    public string? CipherString { get; init; }

    /// <summary>For lists: the names, in order.</summary>
    public IReadOnlyList<string>? Names { get; init; }

    /// <summary>For <see cref="DirectiveKind.TlsProtocols"/>: the versions enabled.</summary>
    public IReadOnlyList<TlsProtocolVersion>? Protocols { get; init; }

    public bool IsDefault { get; init; }

    /// <summary>For signature algorithms: the TLS 1.0–1.2 cipher string of the same server, where its reader knows it. OpenSSL
    /// applies that string's @SECLEVEL, if it sets one, to the signature algorithms too; else, and when null, the audit's
    /// level (--openssl-seclevel) applies.</summary>
    public string? ServerCipherString { get; init; }

    /// <summary>For signature algorithms: the server enables TLS 1.3 alone, so only the schemes TLS 1.3 signs its handshake
    /// with (ECDSA with its curve, RSA-PSS, EdDSA) can be used.</summary>
    public bool Tls13Only { get; init; }

    /// <summary>Set by a reader when the product itself rejects the directive as written (a keyword without its argument);
    /// the directive is then reported as an invalid value, whatever it would select.</summary>
    public string? Problem { get; init; }

    /// <summary>What the reader wants the reader of the report to know (an unknown protocol keyword, the default's source, …).</summary>
    public IReadOnlyList<string> Notes { get; init; } = Array.Empty<string>();
}
