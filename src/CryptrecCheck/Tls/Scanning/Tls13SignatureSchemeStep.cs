using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Tls.Wire;

namespace CryptrecCheck.Tls.Scanning;

/// <summary>
/// TLS 1.3 signature schemes. TLS 1.3 signs in CertificateVerify, inside the encrypted handshake, so each probe is a
/// handshake of our own (<see cref="Tls13Handshake"/>) carried as far as that message: offer the remaining schemes, read
/// the one the server signed with, remove it, repeat until the server refuses. Accepted + 1 connections (one more when
/// the server asks for a secp384r1 or secp521r1 key share by HelloRetryRequest), only for
/// servers that accept TLS 1.3.
/// </summary>
internal static class Tls13SignatureSchemeStep
{
    internal const string StepName = "TLS1.3 signature-schemes";

    /// <summary>Upper bound of probes whatever the server does (every registry scheme once, plus the refusal).</summary>
    private static int MaxProbes => HelloFactory.AllSignatureSchemes.Count + 1;

    /// <summary>The schemes found, the step's error, and the certificate chain of the first completed handshake
    /// (empty when none completed).</summary>
    internal static async Task<(IReadOnlyList<GroupScanResult> Schemes, TlsScanError? Error, IReadOnlyList<byte[]> Chain)> RunAsync(TargetConnector conn, string? sni,
        IReadOnlyList<ProtocolScanResult> protocols, TlsReadLimits limits, CancellationToken ct)
    {
        var found = new List<GroupScanResult>();
        IReadOnlyList<byte[]> chain = Array.Empty<byte[]>();
        var tls13 = protocols.FirstOrDefault(p => p.Version == TlsProtocolVersion.Tls13);
        if (tls13 is not { Supported: true }) { return (found, null, chain); }
        var suites = tls13.CipherSuites.Select(s => s.Code).Where(Tls13RecordDecryptor.Supported.Contains).ToArray();
        if (suites.Length == 0)
        {
            return (found, new TlsScanError(StepName, TlsErrorKind.UnexpectedMessage,
                "none of the server's TLS 1.3 suites can be decrypted by the scanner; signature schemes not enumerated"), chain);
        }
        var left = HelloFactory.AllSignatureSchemes.ToList();
        try
        {
            IReadOnlyList<int>? shareGroups = null; // x25519 and secp256r1 first; then only the group the server chose
            var retried = false;
            for (var probe = 0; probe < MaxProbes && left.Count > 0; probe++)
            {
                var offer = left.ToArray();
                var groups = shareGroups;
                var r = await conn.ExchangeStreamAsync((stream, token) => Tls13Handshake.RunAsync(stream, suites, offer, sni, limits, token, groups), ct).ConfigureAwait(false);
                if (r.RetryGroup is int g && !retried)
                {
                    // The server wants a key share we did not send (secp384r1 or secp521r1): one more connection with it.
                    retried = true;
                    shareGroups = new[] { g };
                    probe--;
                    continue;
                }
                if (r.SignatureScheme is not int s)
                {
                    if (found.Count == 0)
                    {
                        var why = r.Alert is { } a ? $"alert {a.Description}" : "the connection closed";
                        return (found, new TlsScanError(StepName, TlsErrorKind.UnexpectedMessage,
                            $"the server refused a TLS 1.3 handshake offering every signature scheme and the groups x25519, secp256r1, secp384r1, secp521r1 ({why})"), chain);
                    }
                    break;
                }
                if (!left.Remove(s))
                {
                    throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, $"the server signed with scheme 0x{s:X4}, which was not offered");
                }
                if (chain.Count == 0) { chain = r.Certificates; }
                if (r.Group is int chosen) { shareGroups = new[] { chosen }; }
                found.Add(new GroupScanResult(s, TlsRegistry.FindSignatureScheme(s)?.Name ?? $"unknown_0x{s:X4}", "TLS1.3"));
            }
            return (found, null, chain);
        }
        catch (TlsProtocolException e)
        {
            return (found, new TlsScanError(StepName, e.Kind, e.Message), chain);
        }
    }
}
