namespace CryptrecCheck.Certificates;

/// <summary>A key found in a file: its format, where in the file, and its public facts.</summary>
/// <param name="Format">"PKCS#8 private key", "PKCS#1 RSA public key", "SubjectPublicKeyInfo", "OpenSSH public key", ...</param>
/// <param name="Origin">Where in the file: "PEM block 2", "line 7".</param>
/// <param name="PublicKey">The key's public facts.</param>
/// <param name="Comment">An OpenSSH comment or known_hosts host pattern, when present.</param>
public sealed record KeyItem(string Format, string Origin, PublicKeyInfo PublicKey, string? Comment = null);
