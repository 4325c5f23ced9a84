using CryptrecCheck.Certificates;
using CryptrecCheck.Certificates.Der;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Tls.Wire;

namespace CryptrecCheck.Tls.Scanning;

/// <summary>
/// The ECDHE curves a server accepts in TLS 1.0–1.2, by elimination: offer the accepted ECDHE suites with the remaining
/// curves, read the named curve of the ServerKeyExchange, remove it, repeat (accepted + 1 connections, + 1 with an
/// ECDSA certificate).
/// In TLS 1.0–1.2 the client's supported_groups also bind the curve of an ECDSA certificate (RFC 8422 §5.1): once that
/// curve is eliminated the server can no longer use its certificate and refuses, and every curve it ranks after it would
/// be missed. So the certificate's curve, once found, is still offered, last. A server that honours the client's order
/// (OpenSSL's default) then names every other curve it accepts before falling back to it; a server that imposes its own
/// order and ranks the certificate's curve first can only be asked about the curves it ranks higher (docs/tls-scanner.md).
/// </summary>
internal static class LegacyCurveElimination
{
    /// <summary>Elliptic and Montgomery curves only: finite-field and ML-KEM groups are not ECDHE curves.</summary>
    internal static List<int> Candidates() => HelloFactory.AllGroups.Where(g => g < 0x0100 || g is >= 0x0104 and < 0x0200).ToList();

    /// <summary>Appends to <paramref name="found"/> as it goes, so that a failure part-way keeps what was learnt.</summary>
    internal static async Task RunAsync(TargetConnector conn, TlsProtocolVersion version, string versionName, IReadOnlyList<int> ecdheSuites,
        string? sni, List<GroupScanResult> found, CancellationToken ct)
    {
        var left = Candidates();
        int? anchor = null; // the certificate's curve once the server has named it
        var bound = left.Count * 2 + 2;
        void Found(int g) => found.Add(new GroupScanResult(g, TlsRegistry.FindGroup(g)?.Name ?? $"unknown_0x{g:X4}", versionName));
        for (var probe = 0; probe < bound && left.Count > 0; probe++)
        {
            var offer = anchor is int a ? left.Append(a).ToList() : left;
            var r = await conn.ExchangeAsync(ClientHelloBuilder.Build(HelloFactory.Legacy(version, ecdheSuites, sni, offer)), ct).ConfigureAwait(false);
            if (r.KeyExchange is not { NamedGroup: int g }) { break; }
            if (anchor == g)
            {
                // It fell back to its certificate's curve. A server with a second (RSA) certificate may still take the
                // remaining curves without it: one more offer without the curve decides; a refusal ends the step.
                anchor = null;
                var again = await conn.ExchangeAsync(ClientHelloBuilder.Build(HelloFactory.Legacy(version, ecdheSuites, sni, left)), ct).ConfigureAwait(false);
                if (again.KeyExchange is not { NamedGroup: int g2 } || !left.Remove(g2)) { break; }
                Found(g2);
                continue;
            }
            if (!left.Remove(g))
            {
                throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, $"the server chose curve 0x{g:X4}, which was not offered");
            }
            Found(g);
            if (anchor == null && CertificateCurve(r.Certificates) == g) { anchor = g; }
        }
    }

    /// <summary>The TLS 1.0–1.2 group code of an EC leaf certificate's named curve, or null: the curve by its OID in the
    /// catalogue's curve table, then the first of its names the IANA group registry knows (secp256r1 for P-256,
    /// brainpoolP256r1 — not its TLS 1.3 code point brainpoolP256r1tls13 — for brainpool).</summary>
    internal static int? CertificateCurve(IReadOnlyList<byte[]>? chain)
    {
        if (chain is not { Count: > 0 }) { return null; }
        try
        {
            if (CertificateParser.Parse(chain[0]).PublicKey.CurveOid is not { } oid || Curves.Find(oid) is not { } curve) { return null; }
            return new[] { curve.Name }.Concat(curve.Aliases).Select(TlsRegistry.FindGroup).FirstOrDefault(g => g != null)?.Code;
        }
        catch (CertificateFormatException)
        {
            return null; // the chain step reports an unreadable certificate; here it only means no anchor
        }
    }
}
