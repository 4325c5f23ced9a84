namespace CryptrecCheck.Certificates;

/// <summary>The fields of one X.509 certificate as read by <see cref="Der.CertificateParser"/>: facts only, no judgement.</summary>
public sealed class ParsedCertificate
{
    /// <summary>The whole certificate, DER.</summary>
    public required ReadOnlyMemory<byte> Der { get; init; }

    /// <summary>1, 2 or 3.</summary>
    public required int Version { get; init; }

    /// <summary>Serial number in upper-case hex, as encoded (two's complement, leading zero kept).</summary>
    public required string SerialHex { get; init; }

    public required SignatureAlgorithmInfo SignatureAlgorithm { get; init; }

    /// <summary>Issuer distinguished name, most specific attribute first ("CN=..., O=..., C=JP").</summary>
    public required string Issuer { get; init; }

    public required string Subject { get; init; }

    /// <summary>The encoded issuer Name, for exact comparison with a subject.</summary>
    public required ReadOnlyMemory<byte> IssuerDer { get; init; }

    public required ReadOnlyMemory<byte> SubjectDer { get; init; }

    /// <summary>The subject's commonName, when present.</summary>
    public string? CommonName { get; init; }

    public required DateTime NotBefore { get; init; }

    public required DateTime NotAfter { get; init; }

    public required PublicKeyInfo PublicKey { get; init; }

    /// <summary>keyUsage bits by name (digitalSignature, keyCertSign, ...); null when the extension is absent.</summary>
    public IReadOnlyList<string>? KeyUsage { get; init; }

    /// <summary>extendedKeyUsage purposes by name (serverAuth, ...) or OID; null when absent.</summary>
    public IReadOnlyList<string>? ExtendedKeyUsage { get; init; }

    public BasicConstraintsInfo? BasicConstraints { get; init; }

    public IReadOnlyList<SubjectAltName> SubjectAltNames { get; init; } = Array.Empty<SubjectAltName>();

    public ReadOnlyMemory<byte>? SubjectKeyId { get; init; }

    public ReadOnlyMemory<byte>? AuthorityKeyId { get; init; }

    /// <summary>OIDs of critical extensions this parser does not interpret.</summary>
    public IReadOnlyList<string> UnknownCriticalExtensions { get; init; } = Array.Empty<string>();

    /// <summary>True when the outer signatureAlgorithm differs from the one inside tbsCertificate (RFC 5280 §4.1.1.2).</summary>
    public bool SignatureAlgorithmMismatch { get; init; }

    /// <summary>True when the certificate is a CA (basicConstraints cA = TRUE).</summary>
    public bool IsCertificateAuthority => BasicConstraints?.IsCertificateAuthority == true;

    /// <summary>Issuer and subject are the same name (RFC 5280 §3.2 "self-issued").</summary>
    public bool IsSelfIssued => IssuerDer.Span.SequenceEqual(SubjectDer.Span);

    /// <summary>Self-issued and, where both key identifiers are present, signed by its own key.</summary>
    public bool IsSelfSigned => IsSelfIssued && (AuthorityKeyId is not { } aki || SubjectKeyId is not { } ski || aki.Span.SequenceEqual(ski.Span));

    /// <summary>True when <paramref name="issuer"/> could have issued this certificate: its subject is our issuer and the
    /// key identifiers, where both are present, agree.</summary>
    public bool IsIssuedBy(ParsedCertificate issuer) =>
        IssuerDer.Span.SequenceEqual(issuer.SubjectDer.Span)
        && (AuthorityKeyId is not { } aki || issuer.SubjectKeyId is not { } ski || aki.Span.SequenceEqual(ski.Span));
}
