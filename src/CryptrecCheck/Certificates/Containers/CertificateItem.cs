namespace CryptrecCheck.Certificates;

/// <summary>One DER certificate taken out of a container, with where it came from ("PEM block 1", "PKCS#7 certificate 2").</summary>
public sealed record CertificateItem(ReadOnlyMemory<byte> Der, string Origin);
