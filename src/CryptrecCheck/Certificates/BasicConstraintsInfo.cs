namespace CryptrecCheck.Certificates;

/// <summary>The basicConstraints extension (RFC 5280 §4.2.1.9).</summary>
public sealed record BasicConstraintsInfo(bool IsCertificateAuthority, int? PathLength, bool Critical);
