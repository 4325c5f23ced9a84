using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Tls.Wire;

namespace CryptrecCheck.Tls.Scanning;

/// <summary>
/// TLS 1.2 ECDHE curves of a server that also speaks TLS 1.3 (the group step then enumerates the TLS 1.3 groups by
/// HelloRetryRequest, and a server may allow different groups per version). Offers the accepted TLS 1.2 ECDHE suites
/// with the remaining curves; the named curve of the ServerKeyExchange is the server's choice; remove, repeat.
/// Accepted + 1 connections.
/// </summary>
internal static class Tls12CurveStep
{
    internal const string StepName = "TLS1.2 curves";

    internal static async Task<(IReadOnlyList<GroupScanResult> Curves, TlsScanError? Error)> RunAsync(TargetConnector conn, string? sni,
        IReadOnlyList<ProtocolScanResult> protocols, CancellationToken ct)
    {
        var found = new List<GroupScanResult>();
        // Without TLS 1.3 the group step already reads these curves from the highest TLS 1.0–1.2 version.
        if (protocols.FirstOrDefault(p => p.Version == TlsProtocolVersion.Tls13) is not { Supported: true }) { return (found, null); }
        var tls12 = protocols.FirstOrDefault(p => p.Version == TlsProtocolVersion.Tls12);
        var ecdhe = tls12?.CipherSuites.Where(s => s.Suite?.KeyExchange == "ECDHE").Select(s => s.Code).ToArray();
        if (tls12 is not { Supported: true } || ecdhe is not { Length: > 0 }) { return (found, null); }
        // Elliptic and Montgomery curves only: finite-field and ML-KEM groups are not ECDHE curves.
        var left = HelloFactory.AllGroups.Where(g => g < 0x0100 || g is >= 0x0104 and < 0x0200).ToList();
        var bound = left.Count + 1;
        try
        {
            for (var probe = 0; probe < bound && left.Count > 0; probe++)
            {
                var r = await conn.ExchangeAsync(ClientHelloBuilder.Build(HelloFactory.Legacy(TlsProtocolVersion.Tls12, ecdhe, sni, left.ToArray())), ct).ConfigureAwait(false);
                if (r.KeyExchange is not { NamedGroup: int g }) { break; }
                if (!left.Remove(g))
                {
                    throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, $"the server chose curve 0x{g:X4}, which was not offered");
                }
                found.Add(new GroupScanResult(g, TlsRegistry.FindGroup(g)?.Name ?? $"unknown_0x{g:X4}", "TLS1.2"));
            }
            return (found, null);
        }
        catch (TlsProtocolException e)
        {
            return (found, new TlsScanError(StepName, e.Kind, e.Message));
        }
    }
}
